package cn.partyunion.workflow.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Session time-out after inactivity (身份鉴别, GB/T 22239-2019 8.1.4.1 b "登录连接超时自动退出"; issue 16): every
 * HTTP session the container creates (the Camunda webapps' login, which the workbench and session
 * calls of {@code /api} share) ends after {@code partyunion.security.session-timeout} (ISO-8601
 * duration, default {@code PT30M}) without a request. {@code server.servlet.session.timeout} is
 * bound to the same property, but Tomcat counts that one in whole minutes; this listener sets each
 * new session's limit in seconds. An expired session is refused where it is used: {@code /api}
 * answers 401 {@code SESSION_EXPIRED} ({@link ApiAuthenticationFilter}), the workbench sends the
 * browser to its login with "会话已超时，请重新登录" ({@code WorkbenchLoginInterceptor}), the webapps show
 * their own login.
 */
@Component
public class SessionTimeout implements HttpSessionListener {

  private final Duration timeout;

  /**
   * @param timeout longest inactivity of a session, at least one second
   * @throws IllegalArgumentException if the time-out is shorter than one second
   */
  public SessionTimeout(@Value("${partyunion.security.session-timeout:PT30M}") Duration timeout) {
    if (timeout.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "partyunion.security.session-timeout must be at least PT1S: " + timeout);
    }
    this.timeout = timeout;
  }

  /** The configured longest inactivity of a session. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event
        .getSession()
        .setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
  }

  /**
   * Whether {@code request} came with a session cookie whose session is no longer there (idle past
   * the time-out, or ended by a logout or a restart): the caller had been signed in and is told
   * that the session ended rather than that a login is missing.
   */
  public static boolean expired(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
