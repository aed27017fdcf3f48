package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords throttle a login by a growing delay but never lock an account for good
 * (application.yaml, {@code loginMaxAttempts} and {@code loginDelay*}), on HTTP Basic of {@code
 * /engine-rest} and {@code /api}; an administrator can lift the delay (Admin's "unlock user",
 * {@code POST /user/{id}/unlock}). The engine clock is moved instead of waiting.
 */
@WorkflowSpringTest
class LoginThrottlingTest {

  /** Users no other test logs in with; every test leaves them unlocked. */
  private static final String THROTTLED = "liaison09";

  private static final String UNLOCKED_BY_ADMIN = "liaison10";

  @Autowired IdentityService identityService;
  @LocalServerPort int port;
  final HttpClient client = HttpClient.newHttpClient();
  Date start;

  @BeforeEach
  void fixClock() {
    // AnonymousAccessTest's wrong admin password throttles admin for a few seconds
    identityService.unlockUser("admin");
    start = new Date();
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void resetClockAndUnlock() {
    ClockUtil.reset();
    identityService.unlockUser(THROTTLED);
    identityService.unlockUser(UNLOCKED_BY_ADMIN);
  }

  @Test
  void tenWrongPasswordsDoNotLockTheAccountForGood() {
    for (int attempt = 0; attempt < 10; attempt++) {
      // an hour apart: every attempt comes after the previous delay and counts
      at(Duration.ofHours(attempt));
      String path = attempt % 2 == 0 ? "/engine-rest/task" : "/api/direct-report/candidates";
      assertThat(status(path, THROTTLED, "wrong" + attempt)).isEqualTo(401);
    }
    at(Duration.ofHours(10));
    assertThat(status("/engine-rest/task", THROTTLED, HttpApi.DEMO_PASSWORD)).isEqualTo(200);
    assertThat(status("/api/direct-report/candidates", THROTTLED, HttpApi.DEMO_PASSWORD))
        .isEqualTo(200);
  }

  @Test
  void aBurstOfWrongPasswordsIsThrottledUntilTheDelayHasPassed() {
    assertThat(status("/engine-rest/task", THROTTLED, "wrong")).isEqualTo(401);
    for (int attempt = 0; attempt < 9; attempt++) {
      assertThat(status("/api/direct-report/candidates", THROTTLED, "wrong" + attempt))
          .isEqualTo(401);
    }
    // during the delay even the right password is refused ...
    assertThat(status("/engine-rest/task", THROTTLED, HttpApi.DEMO_PASSWORD)).isEqualTo(401);
    assertThat(status("/api/direct-report/candidates", THROTTLED, HttpApi.DEMO_PASSWORD))
        .isEqualTo(401);
    // ... and the burst counted as one wrong password: its delay (loginDelayBase) is over soon
    at(Duration.ofSeconds(4));
    assertThat(status("/engine-rest/task", THROTTLED, HttpApi.DEMO_PASSWORD)).isEqualTo(200);
  }

  @Test
  void anAdministratorLiftsTheDelayOverRestAndInAdmin() {
    HttpApi rest = new HttpApi(port, "/engine-rest");
    assertThat(status("/engine-rest/task", UNLOCKED_BY_ADMIN, "wrong")).isEqualTo(401);
    assertThat(
            rest.call("POST", "liaison01", "/user/" + UNLOCKED_BY_ADMIN + "/unlock", null).status())
        .isEqualTo(403);
    assertThat(rest.call("POST", "admin", "/user/" + UNLOCKED_BY_ADMIN + "/unlock", null).status())
        .isEqualTo(204);
    assertThat(status("/engine-rest/task", UNLOCKED_BY_ADMIN, HttpApi.DEMO_PASSWORD))
        .isEqualTo(200);

    assertThat(status("/api/direct-report/candidates", UNLOCKED_BY_ADMIN, "wrong")).isEqualTo(401);
    WebappSession admin = new WebappSession(port);
    assertThat(admin.login("admin", "admin", HttpApi.DEMO_PASSWORD)).isEqualTo(200);
    assertThat(
            admin
                .call(
                    "POST",
                    "/api/engine/engine/default/user/" + UNLOCKED_BY_ADMIN + "/unlock",
                    null)
                .status())
        .isEqualTo(204);
    assertThat(status("/api/direct-report/candidates", UNLOCKED_BY_ADMIN, HttpApi.DEMO_PASSWORD))
        .isEqualTo(200);
  }

  private void at(Duration sinceStart) {
    ClockUtil.setCurrentTime(new Date(start.getTime() + sinceStart.toMillis()));
  }

  /** The status of {@code GET path} with HTTP Basic {@code user:password}. */
  private int status(String path, String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + basic)
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      throw new AssertionError("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("GET " + path + " interrupted", e);
    }
  }
}
