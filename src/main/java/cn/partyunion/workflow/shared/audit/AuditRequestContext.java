package cn.partyunion.workflow.shared.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps, for the thread serving an HTTP request, the caller's address and the request line, so that
 * audit rows written deep inside the engine (a password check, a user operation) know where the
 * action came from. Registered for every path before any other filter ({@link AuditConfiguration}).
 */
public class AuditRequestContext extends OncePerRequestFilter {

  /** The address and request line of the request the current thread serves. */
  record Origin(String clientAddress, String method, String path) {}

  private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CURRENT.set(
        new Origin(
            request.getRemoteAddr(),
            request.getMethod(),
            request.getRequestURI().substring(request.getContextPath().length())));
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }

  /** The current request's origin, or null outside an HTTP request (jobs, start-up, tests). */
  static Origin current() {
    return CURRENT.get();
  }
}
