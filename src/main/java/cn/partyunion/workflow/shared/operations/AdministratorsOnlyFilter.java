package cn.partyunion.workflow.shared.operations;

import cn.partyunion.workflow.shared.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the API's authentication ({@code ApiAuthenticationFilter}, session or HTTP Basic): lets
 * only members of {@code camunda-admin} through to {@code /actuator/*} (health details, metrics);
 * anyone else gets 403 with a Chinese JSON message.
 */
public class AdministratorsOnlyFilter extends OncePerRequestFilter {

  static final String REFUSAL = "只有系统管理员可以查看运行状态和监控指标。";

  private final IdentityService identityService;

  public AdministratorsOnlyFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups =
        authentication == null || authentication.getGroupIds() == null
            ? List.of()
            : authentication.getGroupIds();
    if (!groups.contains(CurrentUser.ADMIN_GROUP)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"error\":\"FORBIDDEN\",\"message\":\"" + REFUSAL + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
