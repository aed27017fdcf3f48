package cn.partyunion.workflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.shared.testkit.RegisterSheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enterprise register page (企业登记册, DOMAIN §7, §8) in headless Chromium (zh-CN): orgdept01
 * searches the register, edits an enterprise (a wrong credit code refused in Chinese, then saved),
 * and uploads a sheet whose bad rows are listed with their row numbers and reasons while nothing is
 * stored. Screenshots: {@code target/screenshots/RegisterBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class RegisterBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOrganizationDepartmentSearchesEditsAndSeesARefusedImport(Browser browser)
      throws Exception {
    String s = Integer.toString(100000 + ThreadLocalRandom.current().nextInt(900000));
    HttpApi api = new HttpApi(port, "");
    String code = "wb" + s;
    String credit = RegisterSheets.creditCode();
    HttpApi.Response created =
        api.call(
            "POST",
            "orgdept01",
            "/api/registers/enterprises",
            ("{\"code\":\"%s\",\"name\":\"南通页面测试有限公司%s\",\"creditCode\":\"%s\","
                    + "\"industry\":\"新材料\",\"parkCode\":\"park01\",\"chainCode\":\"chain03\","
                    + "\"highTech\":true,\"liaisonId\":\"liaison03\",\"officerCode\":\"officer03\"}")
                .formatted(code, s, credit));
    assertThat(created.status()).as(created.body()).isEqualTo(200);

    browser.open("http://localhost:" + port + "/workbench/registers/enterprises");
    browser.type(By.id("username"), "orgdept01");
    browser.type(By.id("password"), HttpApi.DEMO_PASSWORD);
    browser.click(By.id("login-submit"));
    browser.visible(By.xpath("//h1[normalize-space(.)='企业登记册']"));
    browser.textAppears(By.id("register-table"), "ent01");
    assertThat(browser.driver().findElement(By.id("register-table")).getText())
        .contains("崇川经济开发区（park01）");
    browser.screenshot("list");

    // search: only the test's enterprise, the query kept in the address
    browser.type(By.name("q"), code);
    browser.click(By.id("search"));
    browser.until(
        "only " + code,
        d ->
            d.findElements(By.cssSelector("#register-table tbody tr")).size() == 1
                && d.findElement(By.id("register-table")).getText().contains(code));
    assertThat(browser.driver().getCurrentUrl()).contains("q=" + code);
    assertThat(browser.driver().findElement(By.id("export")).getDomProperty("href"))
        .endsWith("/api/registers/enterprises.xlsx?q=" + code);
    browser.screenshot("search");

    // edit: a wrong check character is refused in Chinese, the corrected form saved
    browser.click(By.cssSelector("#register-table button.wb-edit"));
    browser.visible(By.id("edit-form"));
    browser.type(By.name("name"), "南通页面更名有限公司" + s);
    browser.type(
        By.name("creditCode"), credit.substring(0, 17) + (credit.charAt(17) == 'A' ? 'B' : 'A'));
    browser.click(By.id("save"));
    browser.textAppears(By.cssSelector("#edit-message .wb-error"), "统一社会信用代码校验码错误");
    browser.screenshot("edit-refused");
    browser.type(By.name("creditCode"), credit);
    browser.click(By.id("save"));
    browser.textAppears(By.cssSelector("#edit-message .wb-ok"), "已保存：" + code);
    browser.textAppears(By.id("register-table"), "南通页面更名有限公司" + s);
    assertThat(browser.driver().findElement(By.id("edit-message")).getText())
        .isEqualTo("已保存：" + code);
    browser.screenshot("edit-saved");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM dr_enterprise WHERE code = ?", String.class, code))
        .isEqualTo("南通页面更名有限公司" + s);

    // a refused import: each bad row with its number and reason, nothing stored
    Path sheet =
        Files.createDirectories(Path.of("target", "browser"))
            .resolve("register-import-" + s + ".xlsx")
            .toAbsolutePath();
    Files.write(
        sheet,
        RegisterSheets.xlsx(
            List.of("企业编号", "企业名称", "统一社会信用代码", "所属产业", "园区编号", "特约培养联系人账号"),
            List.of(
                List.of(
                    "wi" + s,
                    "南通导入甲有限公司",
                    RegisterSheets.creditCode(),
                    "新能源",
                    "park02",
                    "liaison02"),
                List.of("wj" + s, "南通导入乙有限公司", credit, "新能源", "park02", "liaison02"),
                List.of(
                    "wk" + s,
                    "南通导入丙有限公司",
                    RegisterSheets.creditCode(),
                    "新能源",
                    "park99",
                    "liaison02"))));
    browser.driver().findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
    browser.click(By.id("import"));
    browser.textAppears(By.cssSelector("#import-message .wb-error"), "有 2 行数据有误，未导入任何数据");
    String errors = browser.visible(By.id("import-errors")).getText();
    assertThat(errors)
        .contains("统一社会信用代码 " + credit + " 已由企业 " + code + " 登记")
        .contains("开发园区 park99 未登记");
    assertThat(browser.driver().findElements(By.cssSelector("#import-errors tbody tr")))
        .extracting(r -> r.findElement(By.cssSelector("td")).getText())
        .containsExactly("3", "4");
    browser.screenshot("import-refused");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dr_enterprise WHERE code = ?", Integer.class, "wi" + s))
        .isZero();
    Files.delete(sheet);
  }
}
