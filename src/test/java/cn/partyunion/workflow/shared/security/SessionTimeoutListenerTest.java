package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * {@link SessionTimeout} without a container: a short configured time-out (PT2S, which Tomcat's
 * whole-minute {@code server.servlet.session.timeout} could not express) reaches each new session
 * to the second; a time-out under one second is refused at start; a request is "expired" only when
 * it names a session that is no longer valid. {@code SessionTimeoutTest} proves the same over real
 * HTTP.
 */
class SessionTimeoutListenerTest {

  @Test
  void aNewSessionGetsTheConfiguredLimitToTheSecond() {
    MockHttpSession session = new MockHttpSession();
    new SessionTimeout(Duration.parse("PT2S")).sessionCreated(new HttpSessionEvent(session));
    assertThat(session.getMaxInactiveInterval()).isEqualTo(2);
  }

  @Test
  void aTimeoutUnderOneSecondIsRefused() {
    assertThatThrownBy(() -> new SessionTimeout(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partyunion.security.session-timeout");
  }

  @Test
  void onlyARequestNamingAnEndedSessionIsExpired() {
    MockHttpServletRequest none = new MockHttpServletRequest();
    assertThat(SessionTimeout.expired(none)).isFalse();

    MockHttpServletRequest ended = new MockHttpServletRequest();
    ended.setRequestedSessionId("gone");
    ended.setRequestedSessionIdValid(false);
    assertThat(SessionTimeout.expired(ended)).isTrue();

    MockHttpServletRequest live = new MockHttpServletRequest();
    live.setRequestedSessionId("live");
    live.setRequestedSessionIdValid(true);
    assertThat(SessionTimeout.expired(live)).isFalse();
  }
}
