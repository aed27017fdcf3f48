package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Honghe's register pages in headless Chromium (zh-CN): the organizer opens 述职单位登记册 (the 13
 * counties and the member units, searchable) and 评议代表登记册, registers a rater in the form and sees
 * the login's initial password once; a reporting unit gets the Chinese 403 page. The rater ({@code
 * rgw…}) is removed afterwards (a meeting's default panel is every member of {@code hhrater}).
 * Screenshots: {@code target/screenshots/HongheRegisterBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class HongheRegisterBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  private final String rater = "rgw" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

  @AfterEach
  void removeRater() {
    jdbc.update("DELETE FROM rm_rater WHERE rater_id = ?", rater);
    if (identityService.createUserQuery().userId(rater).count() > 0) {
      identityService.deleteUser(rater);
    }
  }

  private void login(Browser browser, String user, String page) {
    String base = "http://localhost:" + port;
    browser.open(base + "/workbench/login");
    browser.driver().manage().deleteAllCookies();
    browser.open(base + "/workbench/login?next=" + page);
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), HttpApi.DEMO_PASSWORD);
    browser.click(By.id("login-submit"));
    browser.visible(By.cssSelector(".wb-user"));
  }

  @Test
  void theOrganizerKeepsUnitsAndRaters(Browser browser) {
    login(browser, "hhoffice01", "/workbench/registers/units");
    browser.visible(By.xpath("//h1[normalize-space(.)='述职单位登记册']"));
    browser.textAppears(By.id("register-list"), "金平苗族瑶族傣族自治县");
    browser.screenshot("01-units");
    browser.type(By.name("q"), "蒙自");
    browser.click(By.cssSelector("#filters button[type=submit]"));
    browser.textAppears(By.cssSelector(".wb-total"), "共 1 条");

    browser.click(By.xpath("//nav[@id='wb-menu']//a[normalize-space(.)='评议代表登记册']"));
    browser.visible(By.xpath("//h1[normalize-space(.)='评议代表登记册']"));
    browser.textAppears(By.id("register-list"), "hhrater01");
    browser.click(By.id("new-record"));
    browser.type(By.id("field-raterId"), rater);
    browser.type(By.id("field-name"), "何浏览");
    new Select(browser.visible(By.id("field-panel"))).selectByVisibleText("企业管理者代表");
    browser.type(By.id("field-workplace"), "红河州浏览器测试公司");
    new Select(browser.visible(By.id("field-countyCode"))).selectByVisibleText("建水县");
    browser.type(By.id("field-phone"), "1390013");
    browser.click(By.id("save"));
    browser.textAppears(By.id("edit-message"), "手机号码应为11位手机号码");
    browser.screenshot("02-rater-refused");
    browser.type(By.id("field-phone"), "13900139001");
    browser.click(By.id("save"));
    browser.textAppears(By.id("login-table"), rater);
    browser.screenshot("03-rater-registered");
    assertThat(
            identityService.createUserQuery().userId(rater).memberOfGroup("hhratermanager").count())
        .isEqualTo(1);
  }

  @Test
  void aReportingUnitGetsTheForbiddenPage(Browser browser) {
    login(browser, "hhunit01", "/workbench/registers/raters");
    browser.textAppears(By.id("forbidden"), "您的角色无权打开“评议代表登记册”（403）");
    assertThat(browser.driver().findElements(By.id("register-list"))).isEmpty();
    browser.screenshot("01-unit-forbidden");
  }
}
