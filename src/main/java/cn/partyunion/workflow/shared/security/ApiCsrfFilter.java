package cn.partyunion.workflow.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;

/**
 * CSRF protection of {@code /api/*} for calls authenticated by the webapps' session cookie — the
 * credential a browser sends along with any request another site makes it send. It is the webapps'
 * own {@link CsrfPreventionFilter} with their settings ({@code camunda.bpm.webapp.csrf.*}): a
 * state-changing call (anything but GET, HEAD, OPTIONS) needs the token of the session in the
 * header {@code X-XSRF-TOKEN}, the token the webapps hand out in the cookie {@code XSRF-TOKEN} and
 * keep in the HTTP session (one token serves Tasklist and {@code /api}); a configured {@code
 * target-origin} is checked too. A read hands out the token when the session has none.
 *
 * <p>Like the webapps, a refused call ends the session (the user logs in again). The refusal is 403
 * {@code {"error":"CSRF","message":"<中文>"}}. Calls without a logged-in session (HTTP Basic or
 * anonymous) pass unchanged: they carry no ambient credential.
 */
public class ApiCsrfFilter extends CsrfPreventionFilter {

  static final String MESSAGE = "请求未通过安全校验（缺少或无效的防跨站令牌），请刷新页面后重试；" + "如仍失败，请重新登录。";

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    if (ApiAuthenticationFilter.sessionUser(request) == null) {
      chain.doFilter(request, response);
      return;
    }
    // the refusal is written as JSON; the rest of the chain gets the response untouched
    super.doFilter(request, new JsonRefusal(response), (rq, rs) -> chain.doFilter(rq, response));
  }

  /** Turns the Camunda filter's {@code sendError} into the API's JSON error. */
  private static final class JsonRefusal extends HttpServletResponseWrapper {

    JsonRefusal(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.resetBuffer();
      response.setStatus(status);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"error\":\"CSRF\",\"message\":\"" + MESSAGE + "\"}");
      response.flushBuffer();
    }
  }
}
