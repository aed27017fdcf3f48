package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.shared.testkit.Sheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chair register's workbench page ({@code /workbench/registers/chairs}, DOMAIN §7, §8) in
 * headless Chromium (zh-CN): the city union imports a sheet with a bad row and sees the Chinese
 * list of bad rows (nothing stored), then the corrected sheet, sees the initial passwords of the
 * new logins once, finds the chairs by search and changes one in the form; a town union sees its
 * own chairs without import or editing. Screenshots: {@code
 * target/screenshots/ChairRegisterBrowserTest.*}. Chairs {@code rgb…}, terms in 1501 (no other
 * test's quarter).
 */
@BrowserTest
@WorkflowSpringTest
class ChairRegisterBrowserTest {

  @LocalServerPort int port;
  @Autowired ChairRegister register;
  @TempDir Path files;

  private String base() {
    return "http://localhost:" + port;
  }

  private void login(Browser browser, String user) {
    browser.open(base() + "/workbench/login");
    browser.driver().manage().deleteAllCookies();
    browser.open(base() + "/workbench/login?next=/workbench/registers/chairs");
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), HttpApi.DEMO_PASSWORD);
    browser.click(By.id("login-submit"));
    browser.visible(By.xpath("//h1[normalize-space(.)='工会主席登记册']"));
  }

  private static List<String> row(String id, String name, String town, String members) {
    return List.of(
        id, name, "江阴浏览器测试有限公司", town, members, "否", "是", "否", "是", "1501-01-01", "1501-03-31");
  }

  private Path sheet(String name, List<List<String>> rows) throws Exception {
    Path file = files.resolve(name);
    Files.write(file, Sheets.xlsx(rows));
    return file;
  }

  @Test
  void theCityUnionImportsSeesTheBadRowsThenStoresAndEdits(Browser browser) throws Exception {
    String prefix = "rgb" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    List<String> header =
        ChairSheet.COLUMNS.stream().filter(c -> c.required()).map(c -> c.label()).toList();
    Path bad =
        sheet(
            "bad.xlsx",
            List.of(
                header,
                row(prefix + "a", "冯导入", "青阳镇工会", "120"),
                row(prefix + "b", "陈导入", "青阳镇工会", "一百")));
    Path good =
        sheet(
            "good.xlsx",
            List.of(
                header,
                row(prefix + "a", "冯导入", "青阳镇工会", "120"),
                row(prefix + "b", "陈导入", "青阳镇工会", "100")));

    login(browser, "jycity01");
    browser.visible(By.id("register-list"));
    browser.screenshot("01-city-list");

    WebElement file = browser.visible(By.id("import-file"));
    file.sendKeys(bad.toAbsolutePath().toString());
    browser.click(By.id("import-button"));
    browser.textAppears(By.id("import-message"), "有 1 行数据有误，未导入任何数据");
    browser.textAppears(By.id("import-errors"), "会员人数：应为整数（“一百”）");
    assertThat(browser.driver().findElement(By.cssSelector("#import-errors tbody td")).getText())
        .isEqualTo("3");
    browser.screenshot("02-bad-rows");
    assertThat(register.find(prefix + "a")).as("nothing stored").isNull();

    browser.visible(By.id("import-file")).sendKeys(good.toAbsolutePath().toString());
    browser.click(By.id("import-button"));
    browser.textAppears(By.id("import-message"), "已导入 2 行（新增 2，更新 0）");
    browser.textAppears(By.id("login-table"), prefix + "a");
    browser.screenshot("03-imported-with-initial-passwords");
    assertThat(register.find(prefix + "b").unionMembers()).isEqualTo(100);

    browser.type(By.name("q"), prefix);
    browser.click(By.cssSelector("#filters button[type=submit]"));
    browser.textAppears(By.cssSelector(".wb-total"), "共 2 条");
    browser.click(By.cssSelector("#register-list tbody tr:first-child .wb-edit"));
    browser.visible(By.id("edit-box"));
    WebElement members = browser.visible(By.id("field-unionMembers"));
    members.clear();
    members.sendKeys("260");
    browser.screenshot("04-edit-form");
    browser.click(By.id("save"));
    browser.textAppears(By.id("import-result"), "已保存");
    browser.textAppears(By.id("register-list"), "260");
    assertThat(register.find(prefix + "a").unionMembers()).isEqualTo(260);
    browser.screenshot("05-saved");
  }

  @Test
  void aTownUnionReadsItsOwnChairsOnly(Browser browser) {
    login(browser, "jytown08");
    browser.visible(By.id("register-list"));
    assertThat(browser.driver().findElement(By.id("import-box")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("new-record")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#register-list .wb-edit"))).isEmpty();
    List<String> towns =
        browser
            .driver()
            .findElements(By.cssSelector("#register-list tbody tr td:nth-child(4)"))
            .stream()
            .map(WebElement::getText)
            .distinct()
            .toList();
    assertThat(towns).containsExactly("青阳镇工会");
    browser.screenshot("06-town-read-only");
  }
}
