package cn.partyunion.workflow.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.security.ApplicationPasswordPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The logins the registers provision ({@link LoginProvisioning}): outside the demo profile a new
 * login gets a random one-time password that the password policy accepts and that signs in; an
 * existing login keeps its password (none is shown again); in the demo profile the password is the
 * demo password. (The shared test context runs the demo profile: the provisioning of another
 * profile is built here with a blank demo password.)
 */
@WorkflowSpringTest
class LoginProvisioningTest {

  @Autowired IdentitySetup identity;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @Test
  void outsideTheDemoProfileANewLoginGetsARandomPasswordThatSignsInOnce() throws Exception {
    LoginProvisioning production = new LoginProvisioning(identity, engine, "");
    String userId = "lpt" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    LoginProvisioning.Login login = production.ensureLogin(userId, "秦", "一次", "jychair");
    try {
      assertThat(login.initialPassword()).hasSize(16).isNotEqualTo("demo");
      ApplicationPasswordPolicy policy = new ApplicationPasswordPolicy(8, 5, (p, u) -> false);
      User user = identityService.createUserQuery().userId(userId).singleResult();
      assertThat(policy.getRules())
          .allSatisfy(rule -> assertThat(rule.execute(login.initialPassword(), user)).isTrue());
      assertThat(signIn(userId, login.initialPassword())).isEqualTo(200);
      assertThat(identityService.createUserQuery().userId(userId).memberOfGroup("jychair").count())
          .isEqualTo(1);

      LoginProvisioning.Login again = production.ensureLogin(userId, "秦", "一次", "jychair");
      assertThat(again.initialPassword())
          .as("shown once: an existing login keeps its password")
          .isNull();
      assertThat(signIn(userId, login.initialPassword())).isEqualTo(200);
      assertThat(signIn(userId, "demo")).as("not the demo password").isEqualTo(401);
    } finally {
      identityService.deleteUser(userId);
    }
  }

  @Test
  void initialPasswordsDifferOutsideTheDemoProfileAndAreTheDemoPasswordInIt() {
    InitialPasswords random = new InitialPasswords(null);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = random.next();
      assertThat(password)
          .hasSize(InitialPasswords.LENGTH)
          .matches(".*[A-Z].*")
          .matches(".*[a-z].*");
      assertThat(password)
          .matches(".*[0-9].*")
          .matches(".*[#%+=?@].*")
          .doesNotContain("0", "O", "l", "1", "I");
      seen.add(password);
    }
    assertThat(seen).hasSize(200);
    assertThat(random.demo()).isFalse();
    assertThat(new InitialPasswords("demo").next()).isEqualTo("demo");
    assertThat(new InitialPasswords(" ").demo()).isFalse();
  }

  private int signIn(String userId, String password) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/workbench/me"))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
