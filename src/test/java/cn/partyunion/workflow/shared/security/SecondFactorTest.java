package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.AuditRows;
import cn.partyunion.workflow.shared.testkit.TotpCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The optional second factor (TOTP, RFC 6238; {@link SecondFactor}, GB/T 22239-2019 8.1.4.1 d) over
 * real HTTP, with the codes computed here as an authenticator app does (own HMAC-SHA1, not {@link
 * Totp}): a member of the organization department enrols (secret once, confirmed by a first code),
 * then the webapps' login needs a valid, unused code, HTTP Basic is refused, and every step leaves
 * one audit row; with the mandatory rule a member who has not enrolled may do nothing but enrol;
 * the demo users log in with {@code demo} alone.
 */
@WorkflowSpringTest
class SecondFactorTest {

  private static final String USER = "totpuser1";
  private static final String OTHER = "totpuser2";
  private static final String PASSWORD = "Totp!pass1";

  @Autowired IdentityService identityService;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void clean() {
    secondFactor.makeMandatory(false);
    for (String user : new String[] {USER, OTHER}) {
      if (identityService.createUserQuery().userId(user).count() > 0) {
        identityService.deleteUser(user);
      }
      jdbc.update("DELETE FROM id_second_factor WHERE user_id = ?", user);
    }
  }

  private void orgdeptMember(String id) {
    User user = identityService.newUser(id);
    user.setFirstName("动态");
    user.setLastName("验证");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, "orgdept");
  }

  private static String code(String base32, int offset) {
    return TotpCodes.code(base32, offset);
  }

  private static WebappSession.Answer post(WebappSession browser, String path, String json) {
    return browser.json("POST", path, json, "X-XSRF-TOKEN", browser.csrfToken());
  }

  /** Enrols {@code USER} over a session and returns the secret (Base32). */
  private String enrol(WebappSession browser) {
    WebappSession.Answer started = post(browser, "/api/security/second-factor/enrolment", "{}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode enrolment = new HttpApi.Response(200, started.body()).json();
    String secret = enrolment.path("secret").asText();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(enrolment.path("otpauthUri").asText())
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret)
        .contains("period=30");
    assertThat(enrolment.path("qrCodeSvg").asText()).startsWith("<svg");
    return secret;
  }

  @Test
  void anEnrolledUserNeedsAValidUnusedCodeAtTheLoginAndCannotUseBasic() {
    orgdeptMember(USER);
    WebappSession first = new WebappSession(port);
    assertThat(first.login("welcome", USER, PASSWORD)).isEqualTo(200);
    AuditRows enrolling = AuditRows.since(jdbc);
    String secret = enrol(first);
    assertThat(enrolling.only("SECOND_FACTOR").get("outcome")).isEqualTo("SUCCESS");
    assertThat(
            jdbc.queryForObject(
                "SELECT secret_cipher FROM id_second_factor WHERE user_id = ?", String.class, USER))
        .startsWith("v1:")
        .doesNotContain(secret);
    WebappSession.Answer wrong =
        post(first, "/api/security/second-factor/confirmation", "{\"code\":\"000000\"}");
    assertThat(wrong.status()).isEqualTo(code(secret, 0).equals("000000") ? 204 : 400);
    AuditRows confirming = AuditRows.since(jdbc);
    assertThat(
            post(
                    first,
                    "/api/security/second-factor/confirmation",
                    "{\"code\":\"" + code(secret, 0) + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(confirming.only("SECOND_FACTOR").get("outcome")).isEqualTo("SUCCESS");
    assertThat(post(first, "/api/security/second-factor/enrolment", "{}").status())
        .as("a second enrolment")
        .isEqualTo(409);

    // the login: password first, then the code
    WebappSession noCode = new WebappSession(port);
    WebappSession.Answer asked = noCode.login("welcome", USER, PASSWORD, null);
    assertThat(asked.status()).isEqualTo(401);
    assertThat(asked.body()).contains(SecondFactorLoginFilter.REQUIRED).contains("动态验证码");
    assertThat(noCode.send("GET", "/api/workbench/me", null, null).status())
        .as("not signed in")
        .isEqualTo(401);
    assertThat(noCode.login("welcome", USER, "Wrong!pass9", code(secret, 1)).status())
        .as("a wrong password with a right code")
        .isEqualTo(401);
    identityService.unlockUser(USER);

    AuditRows login = AuditRows.since(jdbc);
    WebappSession signedIn = new WebappSession(port);
    String next = code(secret, 1); // the step after the confirmation's: the confirmed one is used
    assertThat(signedIn.login("welcome", USER, PASSWORD, next).status()).isEqualTo(200);
    assertThat(signedIn.send("GET", "/api/workbench/me", null, null).status()).isEqualTo(200);
    assertThat(
            signedIn
                .send("GET", "/camunda/api/engine/engine/default/task/count", null, null)
                .status())
        .isEqualTo(200);
    Map<String, Object> row = login.only("SECOND_FACTOR");
    assertThat(row.get("user_id")).isEqualTo(USER);
    assertThat(row.get("outcome")).isEqualTo("SUCCESS");
    assertThat(row.get("client_address")).isNotNull();
    assertThat(login.only("LOGIN").get("outcome")).isEqualTo("SUCCESS");

    AuditRows replay = AuditRows.since(jdbc);
    WebappSession again = new WebappSession(port);
    WebappSession.Answer replayed = again.login("welcome", USER, PASSWORD, next);
    assertThat(replayed.status()).as("the same code twice").isEqualTo(401);
    assertThat(replayed.body()).contains(SecondFactorLoginFilter.INVALID);
    assertThat(replay.only("SECOND_FACTOR").get("outcome")).isEqualTo("FAILURE");
    assertThat(again.send("GET", "/api/workbench/me", null, null).status()).isEqualTo(401);

    HttpApi.Response basic =
        new HttpApi(port, "/api").call("GET", USER, PASSWORD, "/workbench/me", null);
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.body()).contains(SecondFactorLoginFilter.REQUIRED);
    assertThat(
            new HttpApi(port, "/engine-rest")
                .call("GET", USER, PASSWORD, "/task/count", null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void whenMandatoryAnOrgdeptMemberWithoutItMayOnlyEnrolAndOthersAreUntouched() {
    orgdeptMember(OTHER);
    secondFactor.makeMandatory(true);
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("welcome", OTHER, PASSWORD)).isEqualTo(200);
    WebappSession.Answer refused = browser.send("GET", "/api/workbench/me", null, null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains(AccountGate.ENROLMENT_REQUIRED).contains("须先启用动态验证码");
    WebappSession.Answer page = browser.send("GET", "/workbench/", null, null);
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).contains(AccountGate.SECOND_FACTOR_PAGE);
    assertThat(browser.send("GET", "/api/security/account", null, null).body())
        .contains("\"secondFactorRequired\":true");
    String secret = enrol(browser);
    assertThat(
            post(
                    browser,
                    "/api/security/second-factor/confirmation",
                    "{\"code\":\"" + code(secret, 0) + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(browser.send("GET", "/api/workbench/me", null, null).status()).isEqualTo(200);

    // a demo user outside the groups, and the demo passwords, are not affected
    assertThat(
            WebappSession.login(port, "jycity01")
                .send("GET", "/api/workbench/me", null, null)
                .status())
        .isEqualTo(200);
    assertThat(new HttpApi(port, "/api").call("GET", "jycity01", "/workbench/me", null).status())
        .isEqualTo(200);
  }

  @Test
  void usersOutsideTheGroupsCannotEnrol() {
    WebappSession browser = WebappSession.login(port, "jycity01");
    assertThat(post(browser, "/api/security/second-factor/enrolment", "{}").status())
        .isEqualTo(403);
  }

  /** RFC 6238 appendix B (SHA-1, secret "12345678901234567890", 8 digits) and RFC 4648 Base32. */
  @ParameterizedTest(name = "T={0}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void totpMatchesTheRfcVectors(long time, String code) {
    byte[] secret = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(Totp.code(secret, Totp.step(time), 8)).isEqualTo(code);
    assertThat(Totp.matchingStep(secret, code.substring(2), Totp.step(time), 1))
        .isEqualTo(Totp.step(time));
    assertThat(Totp.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Totp.fromBase32("MZXW6YTBOI"))).isEqualTo("foobar");
  }
}
