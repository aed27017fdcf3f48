package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Session time-out after inactivity ({@link SessionTimeout}, GB/T 22239-2019 8.1.4.1 b) over real
 * HTTP: the webapps' login session, which the workbench and {@code /api} share, gets the configured
 * limit ({@code partyunion.security.session-timeout}, PT30M); a session idle past its limit is
 * refused on {@code /api} (401 {@code SESSION_EXPIRED}, Chinese message), on the workbench (to the
 * login, which says "会话已超时，请重新登录") and on the webapps' engine API, while a session in use is not.
 * The one shared test context keeps the production time-out, so the idle test shortens two sessions
 * of its own to {@value #SHORT_SECONDS} seconds in Tomcat's session manager, as the listener does
 * with the configured value, instead of waiting 30 minutes.
 */
@WorkflowSpringTest
class SessionTimeoutTest {

  private static final int SHORT_SECONDS = 2;
  private static final String USER = "jycity01";

  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext context;
  @Autowired SessionTimeout sessionTimeout;

  @Value("${server.servlet.session.timeout}")
  Duration containerTimeout;

  @Test
  void everyLoginSessionGetsTheConfiguredTimeout() {
    assertThat(sessionTimeout.timeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(containerTimeout).isEqualTo(sessionTimeout.timeout());
    WebappSession browser = WebappSession.login(port, USER);
    assertThat(session(browser).getMaxInactiveInterval()).isEqualTo(30 * 60);
    // the workbench and /api run on that session
    assertThat(browser.send("GET", "/workbench/", null, null).status()).isEqualTo(200);
    assertThat(browser.send("GET", "/api/workbench/me", null, null).status()).isEqualTo(200);
  }

  @Test
  void anIdleSessionIsRefusedAndAnActiveOneIsNot() throws InterruptedException {
    WebappSession idle = WebappSession.login(port, USER);
    WebappSession active = WebappSession.login(port, USER);
    session(idle).setMaxInactiveInterval(SHORT_SECONDS);
    session(active).setMaxInactiveInterval(SHORT_SECONDS);

    long end = System.nanoTime() + Duration.ofSeconds(SHORT_SECONDS * 2L).toNanos();
    while (System.nanoTime() < end) {
      assertThat(active.send("GET", "/api/workbench/me", null, null).status()).isEqualTo(200);
      Thread.sleep(SHORT_SECONDS * 1000L / 4);
    }
    assertThat(active.send("GET", "/workbench/", null, null).status()).isEqualTo(200);

    WebappSession.Answer api = idle.send("GET", "/api/workbench/me", null, null);
    assertThat(api.status()).isEqualTo(401);
    assertThat(new HttpApi.Response(api.status(), api.body()).json().path("error").asText())
        .isEqualTo("SESSION_EXPIRED");
    assertThat(api.body()).contains("会话已超时，请重新登录。");

    WebappSession.Answer page = idle.send("GET", "/workbench/candidates", null, null);
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location"))
        .endsWith("/workbench/login?next=%2Fworkbench%2Fcandidates&expired=1");
    WebappSession.Answer login =
        idle.send("GET", "/workbench/login?next=%2Fworkbench%2Fcandidates&expired=1", null, null);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("会话已超时，请重新登录。");

    assertThat(
            idle.send("GET", "/camunda/api/engine/engine/default/task/count", null, null).status())
        .isEqualTo(401);
    assertThat(
            active
                .send("GET", "/camunda/api/engine/engine/default/task/count", null, null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void aCallWithoutAnySessionIsAskedToLogIn() {
    WebappSession.Answer api = new WebappSession(port).send("GET", "/api/workbench/me", null, null);
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.body()).contains("UNAUTHENTICATED").doesNotContain("SESSION_EXPIRED");
  }

  /** The Tomcat session of {@code browser}'s session cookie. */
  private Session session(WebappSession browser) {
    String id = browser.cookie("JSESSIONID");
    assertThat(id).as("session cookie").isNotNull();
    Context root =
        (Context)
            ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    try {
      Session session = root.getManager().findSession(id);
      assertThat(session).as("session " + id).isNotNull();
      return session;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
