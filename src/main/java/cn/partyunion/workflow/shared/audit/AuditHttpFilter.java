package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.security.ApiAuthenticationFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits the actions one HTTP request stands for, once the answer's status is known: the webapps'
 * logout ({@link AuditKind#LOGOUT}, the session's user), on {@code /api} every spreadsheet download
 * ({@code GET ….xlsx}, {@link AuditKind#EXPORT}, with the query string as target) and every
 * state-changing call ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}: the registers,
 * {@link AuditKind#REGISTER_CHANGE}). Outcome: {@link AuditOutcome#ofStatus}. A call {@code /api}
 * refuses before it reaches this filter (no login, CSRF) is not an action; its failed login is
 * audited as such.
 */
public class AuditHttpFilter extends OncePerRequestFilter {

  /** The webapps' logout, relative to the context path. */
  public static final String LOGOUT_PATH = "/camunda/api/admin/auth/user/default/logout";

  private final AuditTrail audit;

  public AuditHttpFilter(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    AuditKind kind = kind(request.getMethod(), path);
    if (kind == null) {
      chain.doFilter(request, response);
      return;
    }
    String user =
        kind == AuditKind.LOGOUT
            ? ApiAuthenticationFilter.sessionUser(request)
            : audit.currentUser();
    if (user == null) {
      chain.doFilter(request, response); // no session to end, or not signed in: nothing to audit
      return;
    }
    int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    try {
      chain.doFilter(request, response);
      status = response.getStatus();
    } finally {
      audit.record(
          kind,
          user,
          request.getMethod() + " " + path,
          request.getQueryString(),
          AuditOutcome.ofStatus(status));
    }
  }

  /** The kind of action of {@code method path}, or null when it is none to audit. */
  static AuditKind kind(String method, String path) {
    if (path.equals(LOGOUT_PATH)) {
      return "POST".equals(method) ? AuditKind.LOGOUT : null;
    }
    if (!path.startsWith("/api/")) {
      return null;
    }
    return switch (method) {
      case "GET" -> path.endsWith(".xlsx") ? AuditKind.EXPORT : null;
      case "POST", "PUT", "PATCH", "DELETE" -> AuditKind.REGISTER_CHANGE;
      default -> null;
    };
  }
}
