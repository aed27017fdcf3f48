package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.UserFacingError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link AccountGate} to the APIs ({@code /api}, {@code /engine-rest}, {@code
 * /camunda/api}): runs after their authentication, takes the caller from the engine's current
 * authentication (HTTP Basic, the API's session) or else the webapps' login session, and answers a
 * refusal with its status and a JSON body in Chinese.
 */
public class AccountGateFilter extends OncePerRequestFilter {

  private final AccountGate gate;
  private final IdentityService identityService;

  public AccountGateFilter(AccountGate gate, IdentityService identityService) {
    this.gate = gate;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = identityService.getCurrentAuthentication();
    String sessionUser = ApiAuthenticationFilter.sessionUser(request);
    String userId =
        authentication != null && authentication.getUserId() != null
            ? authentication.getUserId()
            : sessionUser;
    Optional<AccountGate.Refusal> refusal =
        gate.refusal(userId, userId != null && userId.equals(sessionUser), request);
    if (refusal.isPresent()) {
      // the engine APIs' error filter answers with the remembered type and message
      UserFacingError.remember(
          refusal.get().status(), refusal.get().code(), refusal.get().message());
      response.setStatus(refusal.get().status());
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(refusal.get().json());
      return;
    }
    chain.doFilter(request, response);
  }
}
