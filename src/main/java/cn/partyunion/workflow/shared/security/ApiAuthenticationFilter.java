package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.Faults;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to {@code /api/*} with the webapps' login session or HTTP Basic against the
 * engine's identity service, and sets the engine's current authentication for the request (so
 * engine queries made by the API apply the caller's authorizations and tenants). Unauthenticated
 * calls get 401 with a JSON body in Chinese: {@code UNAUTHENTICATED}, or {@code SESSION_EXPIRED}
 * when the call came with a session that has ended ({@link SessionTimeout}).
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId;
    try {
      userId = sessionUser(request);
      if (userId == null) {
        userId = basicUser(request);
      }
    } catch (RuntimeException failure) {
      // the password check needs the database: while it is unreachable answer 503 in Chinese
      // (with Retry-After), as the API's own handler does, not the container's 500 page
      Faults.Kind fault = Faults.classify(failure).orElseThrow(() -> failure);
      response.setStatus(fault.status());
      response.setHeader("Retry-After", String.valueOf(Faults.RETRY_AFTER_SECONDS));
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write("{\"error\":\"" + fault.name() + "\",\"message\":\"" + fault.message() + "\"}");
      return;
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"partyunion\"");
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              SessionTimeout.expired(request)
                  ? "{\"error\":\"SESSION_EXPIRED\",\"message\":\"会话已超时，请重新登录。\"}"
                  : "{\"error\":\"UNAUTHENTICATED\",\"message\":\"请先登录（用户名和密码）。\"}");
      return;
    }
    identityService.setAuthentication(UserAuthentication.of(identityService, userId));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The user of the webapps' login session of this request, or null (no session, not logged in).
   */
  public static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication authentication =
        AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(ENGINE);
    return authentication == null ? null : authentication.getIdentityId();
  }

  private String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
