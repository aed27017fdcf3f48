package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.shared.testkit.TotpCodes;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbench's account pages in headless Chromium: a user with a password the system
 * administrator set signs in, is sent to 修改密码, is refused a weak password in Chinese and goes on
 * with their own; a member of the organization department enrols the second factor on 动态验证码 (code
 * computed here) and at the next login is asked for the code after the password. Screenshots:
 * {@code target/screenshots/AccountBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class AccountBrowserTest {

  private static final String NEW_USER = "accountui1";
  private static final String ORGDEPT_USER = "accountui2";
  private static final String INITIAL = "Init!pass1";

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;
  @Autowired PasswordChange passwordChange;
  @Autowired JdbcTemplate jdbc;

  private String base() {
    return "http://localhost:" + port;
  }

  @AfterEach
  void clean() {
    configuration.setEnablePasswordPolicy(false);
    passwordChange.enable(false);
    for (String user : new String[] {NEW_USER, ORGDEPT_USER}) {
      if (identityService.createUserQuery().userId(user).count() > 0) {
        identityService.deleteUser(user);
      }
      jdbc.update("DELETE FROM id_second_factor WHERE user_id = ?", user);
    }
  }

  /** The text of the QR code {@code image} shows, read from a screenshot of it (ZXing). */
  private static String scannedText(WebElement image) throws Exception {
    BufferedImage shot =
        ImageIO.read(new ByteArrayInputStream(image.getScreenshotAs(OutputType.BYTES)));
    int[] pixels = shot.getRGB(0, 0, shot.getWidth(), shot.getHeight(), null, 0, shot.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(shot.getWidth(), shot.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  /** Signs out (the browser is shared between tests) and types the login. */
  private void typeLogin(Browser browser, String user, String password) {
    browser.open(base() + "/workbench/login");
    browser.driver().manage().deleteAllCookies();
    browser.open(base() + "/workbench/login");
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), password);
    browser.click(By.id("login-submit"));
  }

  @Test
  void aPasswordTheAdministratorSetIsChangedAtTheFirstLogin(Browser browser) {
    configuration.setEnablePasswordPolicy(true);
    passwordChange.enable(true);
    HttpApi.Response created =
        new HttpApi(port, "/engine-rest")
            .call(
                "POST",
                "sysadmin01",
                "/user/create",
                "{\"profile\":{\"id\":\""
                    + NEW_USER
                    + "\",\"firstName\":\"新\",\"lastName\":\"用户\"},\"credentials\":{\"password\":\""
                    + INITIAL
                    + "\"}}");
    assertThat(created.status()).as(created.body()).isEqualTo(204);

    typeLogin(browser, NEW_USER, INITIAL);
    browser.visible(By.id("password-form"));
    assertThat(browser.driver().getCurrentUrl()).contains("/workbench/password?next=");
    browser.type(By.id("current-password"), INITIAL);
    browser.type(By.id("new-password"), "weakpass");
    browser.type(By.id("repeat-password"), "weakpass");
    browser.click(By.id("password-submit"));
    browser.textAppears(By.id("password-error"), "密码不符合安全要求");
    browser.screenshot("password-refused");
    browser.type(By.id("new-password"), "Own-pass22");
    browser.type(By.id("repeat-password"), "Own-pass22");
    browser.click(By.id("password-submit"));
    browser.visible(By.cssSelector(".wb-user"));
    assertThat(identityService.checkPassword(NEW_USER, "Own-pass22")).isTrue();
  }

  @Test
  void theOrganizationDepartmentEnrolsTheSecondFactorAndLogsInWithACode(Browser browser)
      throws Exception {
    User user = identityService.newUser(ORGDEPT_USER);
    user.setFirstName("组织");
    user.setLastName("部");
    user.setPassword(HttpApi.DEMO_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(ORGDEPT_USER, "orgdept");

    typeLogin(browser, ORGDEPT_USER, HttpApi.DEMO_PASSWORD);
    browser.visible(By.cssSelector(".wb-user"));
    browser.open(base() + "/workbench/second-factor");
    browser.click(By.id("second-factor-start"));
    String secret = browser.visible(By.id("secret")).getText();
    assertThat(secret).matches("[A-Z2-7]{32}");
    String uri = browser.visible(By.id("otpauth-uri")).getText();
    assertThat(uri).startsWith("otpauth://totp/");
    // the QR code on the screen is what an authenticator app's camera reads: the same URI
    browser.until(
        "QR code drawn",
        driver ->
            (Boolean)
                browser.script(
                    "const i = document.getElementById('otpauth-qr');"
                        + " return i.complete && i.naturalWidth > 0;"));
    // read from a screenshot, tried again until the drawn code is readable (a first screenshot
    // may catch it while it is still being laid out)
    String scanned =
        browser.until(
            "QR code readable",
            driver -> {
              try {
                return scannedText(browser.visible(By.id("otpauth-qr")));
              } catch (Exception notYet) {
                return null;
              }
            });
    assertThat(scanned).isEqualTo(uri);
    browser.screenshot("enrolment");
    browser.type(By.id("code"), TotpCodes.code(secret, 0));
    browser.click(By.id("second-factor-confirm"));
    browser.visible(By.cssSelector(".wb-user"));

    typeLogin(browser, ORGDEPT_USER, HttpApi.DEMO_PASSWORD);
    browser.textAppears(By.id("login-error"), "动态验证码");
    browser.visible(By.id("code"));
    browser.screenshot("code-asked");
    browser.type(By.id("code"), TotpCodes.code(secret, 1));
    browser.click(By.id("login-submit"));
    browser.visible(By.cssSelector(".wb-user"));
  }
}
