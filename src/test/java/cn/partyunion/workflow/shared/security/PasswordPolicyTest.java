package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The password policy outside the demo profile (issue 16; GB/T 22239-2019 8.1.4.1 a), switched on
 * here as {@code partyunion.security.password-policy.enabled=true} does: a weak password is refused
 * over real HTTP with a Chinese message and nothing is saved; one of the last five is refused.
 */
@WorkflowSpringTest
class PasswordPolicyTest {

  private static final String USER = "pwpolicy1";

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @BeforeEach
  void switchOn() {
    configuration.setEnablePasswordPolicy(true);
  }

  @AfterEach
  void switchOffAndClean() {
    configuration.setEnablePasswordPolicy(false);
    if (identityService.createUserQuery().userId(USER).count() > 0) {
      identityService.deleteUser(USER);
    }
  }

  private HttpApi.Response create(String password) {
    return new HttpApi(port, "/engine-rest")
        .call(
            "POST",
            "sysadmin01",
            "/user/create",
            "{\"profile\":{\"id\":\""
                + USER
                + "\",\"firstName\":\"一\",\"lastName\":\"测试\"},\"credentials\":{\"password\":\""
                + password
                + "\"}}");
  }

  private HttpApi.Response change(String password) {
    return new HttpApi(port, "/engine-rest")
        .call(
            "PUT",
            "sysadmin01",
            "/user/" + USER + "/credentials",
            "{\"password\":\"" + password + "\",\"authenticatedUserPassword\":\"demo\"}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Ab1-xyz, shorter than 8",
    "abcdefgh1, two classes",
    "ABCDEFGH!, two classes",
    "Xy7-pwpolicy1, contains the user id"
  })
  void aWeakPasswordIsRefusedInChineseAndNothingIsSaved(String password, String why) {
    HttpApi.Response refused = create(password);
    assertThat(refused.status()).as(why).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(ApplicationPasswordPolicy.refusal(8, 5));
    assertThat(identityService.createUserQuery().userId(USER).count()).isZero();
  }

  @Test
  void oneOfTheLastFivePasswordsIsRefusedAnOlderOneAccepted() {
    assertThat(create("Qw3!first").status()).isEqualTo(204);
    assertThat(change("Qw3!first").status()).isEqualTo(400);
    for (int i = 2; i <= 5; i++) {
      assertThat(change("Qw3!pass" + i).status()).isEqualTo(204);
    }
    HttpApi.Response again = change("Qw3!first");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("最近 5 次");
    assertThat(change("Qw3!pass6").status()).isEqualTo(204);
    assertThat(change("Qw3!first").status()).isEqualTo(204);
    assertThat(identityService.checkPassword(USER, "Qw3!first")).isTrue();
    identityService.unlockUser(USER);
  }

  @Test
  void theWebappsReadTheRulesInChinese() {
    HttpApi.Response policy =
        new HttpApi(port, "/engine-rest")
            .call("GET", "sysadmin01", "/identity/password-policy", null);
    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH").contains("三类").contains("最近 5 次");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"abcdefgh, 1", "abcDEF12, 3", "aB1-, 4", "密码abc1, 3", "'', 0"})
  void characterClassesCountUpperLowerDigitAndOther(String password, int classes) {
    assertThat(ApplicationPasswordPolicy.characterClasses(password)).isEqualTo(classes);
  }
}
