package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A password an administrator set must be changed at the first login ({@link PasswordChange},
 * {@link AccountGate}; GB/T 22239-2019 8.1.4.1 a, issue 16), switched on here as {@code
 * partyunion.security.first-login-password-change=true} does outside the demo profile. Over real
 * HTTP: the user created by the system administrator signs in, and is refused every call of the
 * webapps, {@code /engine-rest} and {@code /api} (403 {@code PASSWORD_CHANGE_REQUIRED}, Chinese)
 * and every workbench page (to {@code /workbench/password}) until they set their own password,
 * which the password policy checks; an administrator's reset marks them again; with the rule off
 * (the demo profile) nobody is refused.
 */
@WorkflowSpringTest
class FirstLoginPasswordChangeTest {

  private static final String USER = "firstlogin1";
  private static final String DEMO_USER = "firstlogin2";
  private static final String INITIAL = "Init!pass1";
  private static final String OWN = "Own-pass22";

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;
  @Autowired PasswordChange passwordChange;
  @LocalServerPort int port;

  @BeforeEach
  void switchOn() {
    configuration.setEnablePasswordPolicy(true);
    passwordChange.enable(true);
  }

  @AfterEach
  void switchOffAndClean() {
    configuration.setEnablePasswordPolicy(false);
    passwordChange.enable(false);
    for (String user : new String[] {USER, DEMO_USER}) {
      if (identityService.createUserQuery().userId(user).count() > 0) {
        identityService.deleteUser(user);
      }
    }
  }

  private HttpApi.Response createByAdministrator() {
    return createByAdministrator(USER);
  }

  /** The system administrator creates {@code user} with the password {@value #INITIAL}. */
  private HttpApi.Response createByAdministrator(String user) {
    return new HttpApi(port, "/engine-rest")
        .call(
            "POST",
            "sysadmin01",
            "/user/create",
            "{\"profile\":{\"id\":\""
                + user
                + "\",\"firstName\":\"首\",\"lastName\":\"登录\"},\"credentials\":{\"password\":\""
                + INITIAL
                + "\"}}");
  }

  private static void assertRefused(int status, String body) {
    assertThat(status).isEqualTo(403);
    HttpApi.Response response = new HttpApi.Response(status, body);
    assertThat(response.json().path("type").asText())
        .isEqualTo(AccountGate.PASSWORD_CHANGE_REQUIRED);
    assertThat(response.json().path("message").asText()).contains("首次登录请先修改密码");
  }

  private static WebappSession.Answer changeOwn(
      WebappSession browser, String current, String next) {
    return browser.json(
        "POST",
        "/api/security/password",
        "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}",
        "X-XSRF-TOKEN",
        browser.csrfToken());
  }

  @Test
  void aUserWithAnAdministratorsPasswordMayOnlyChangeItThenEverythingWorks() {
    HttpApi.Response created = createByAdministrator();
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    HttpApi api = new HttpApi(port, "/api");
    HttpApi rest = new HttpApi(port, "/engine-rest");

    HttpApi.Response me = api.call("GET", USER, INITIAL, "/workbench/me", null);
    assertRefused(me.status(), me.body());
    HttpApi.Response tasks = rest.call("GET", USER, INITIAL, "/task/count", null);
    assertRefused(tasks.status(), tasks.body());
    HttpApi.Response account = api.call("GET", USER, INITIAL, "/security/account", null);
    assertThat(account.status()).isEqualTo(200);
    assertThat(account.json().path("passwordChangeRequired").asBoolean()).isTrue();

    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("welcome", USER, INITIAL)).as("the login itself").isEqualTo(200);
    HttpApi.Response webapp = browser.call("GET", "/api/engine/engine/default/task/count", null);
    assertRefused(webapp.status(), webapp.body());
    HttpApi.Response profile =
        browser.call("GET", "/api/engine/engine/default/user/" + USER + "/profile", null);
    assertThat(profile.status()).as("Welcome's profile").isEqualTo(200);
    WebappSession.Answer home = browser.send("GET", "/workbench/", null, null);
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.header("Location")).endsWith("/workbench/password?next=%2Fworkbench%2F");
    WebappSession.Answer page =
        browser.send("GET", "/workbench/password?next=%2Fworkbench%2F", null, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("修改密码").contains("id=\"new-password\"");

    WebappSession.Answer wrong = changeOwn(browser, "Wrong!pass1", OWN);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("WRONG_PASSWORD").contains("当前密码不正确");
    identityService.unlockUser(USER); // the wrong password started the login delay
    WebappSession.Answer weak = changeOwn(browser, INITIAL, "weakpass");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body())
        .contains("PASSWORD_POLICY")
        .contains(ApplicationPasswordPolicy.refusal(8, 5));
    WebappSession.Answer same = changeOwn(browser, INITIAL, INITIAL);
    assertThat(same.status()).as("the administrator's password again").isEqualTo(400);
    assertThat(browser.call("GET", "/api/engine/engine/default/task/count", null).status())
        .as("still refused after refused changes")
        .isEqualTo(403);

    assertThat(changeOwn(browser, INITIAL, OWN).status()).isEqualTo(204);
    assertThat(browser.call("GET", "/api/engine/engine/default/task/count", null).status())
        .isEqualTo(200);
    assertThat(browser.send("GET", "/workbench/", null, null).status()).isEqualTo(200);
    assertThat(api.call("GET", USER, OWN, "/workbench/me", null).status()).isEqualTo(200);
    assertThat(rest.call("GET", USER, OWN, "/task/count", null).status()).isEqualTo(200);
    assertThat(identityService.checkPassword(USER, INITIAL)).isFalse();
    identityService.unlockUser(USER); // that wrong password started the login delay

    // an administrator's reset marks the user again; their own change on /engine-rest clears it
    assertThat(
            rest.call(
                    "PUT",
                    "sysadmin01",
                    "/user/" + USER + "/credentials",
                    "{\"password\":\"Reset!pw33\",\"authenticatedUserPassword\":\"demo\"}")
                .status())
        .isEqualTo(204);
    HttpApi.Response afterReset = api.call("GET", USER, "Reset!pw33", "/workbench/me", null);
    assertRefused(afterReset.status(), afterReset.body());
    assertThat(
            rest.call(
                    "PUT",
                    USER,
                    "Reset!pw33",
                    "/user/" + USER + "/credentials",
                    "{\"password\":\"Mine!pw444\",\"authenticatedUserPassword\":\"Reset!pw33\"}")
                .status())
        .isEqualTo(204);
    assertThat(api.call("GET", USER, "Mine!pw444", "/workbench/me", null).status()).isEqualTo(200);
  }

  @Test
  void withTheRuleOffAsInTheDemoProfileNobodyIsRefused() {
    passwordChange.enable(false);
    assertThat(createByAdministrator(DEMO_USER).status()).isEqualTo(204);
    assertThat(
            new HttpApi(port, "/api")
                .call("GET", DEMO_USER, INITIAL, "/workbench/me", null)
                .status())
        .isEqualTo(200);
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("welcome", DEMO_USER, INITIAL)).isEqualTo(200);
    assertThat(browser.send("GET", "/workbench/", null, null).status()).isEqualTo(200);
  }
}
