package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.shared.security.AccountGate;
import cn.partyunion.workflow.shared.security.ApiAuthenticationFilter;
import cn.partyunion.workflow.shared.security.SessionTimeout;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every workbench page but the login needs the webapps' login session (the same session as
 * Tasklist): without it the browser is sent to {@code /workbench/login?next=<this page>} (with
 * {@code &expired=1} when the browser's session has ended, {@link SessionTimeout}: the login says
 * "会话已超时，请重新登录"); with it the request carries the {@link WorkbenchUser}. A user who must do
 * something first ({@link AccountGate}: change a password an administrator set) is sent to {@value
 * AccountGate#PASSWORD_PAGE}{@code ?next=<this page>} instead (or, to enrol a mandatory second
 * factor, to {@value AccountGate#SECOND_FACTOR_PAGE}).
 */
class WorkbenchLoginInterceptor implements HandlerInterceptor {

  private final WorkbenchUsers users;
  private final AccountGate gate;

  WorkbenchLoginInterceptor(WorkbenchUsers users, AccountGate gate) {
    this.users = users;
    this.gate = gate;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    String userId = ApiAuthenticationFilter.sessionUser(request);
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    if (userId == null) {
      response.sendRedirect(
          request.getContextPath()
              + "/workbench/login?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8)
              + (SessionTimeout.expired(request) ? "&expired=1" : ""));
      return false;
    }
    var refusal = gate.refusal(userId, true, request);
    if (refusal.isPresent()) {
      response.sendRedirect(
          request.getContextPath()
              + refusal.get().page()
              + "?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
      return false;
    }
    request.setAttribute(WorkbenchUser.ATTRIBUTE, users.user(userId));
    return true;
  }
}
