package cn.partyunion.workflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.chairstipend.Chair;
import cn.partyunion.workflow.chairstipend.ChairRegister;
import cn.partyunion.workflow.chairstipend.QuarterMapper;
import cn.partyunion.workflow.chairstipend.RosterEntry;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.RestForms;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbench (产改工作台, DOMAIN §8) in headless Chromium (zh-CN) with data the tests create:
 * orgdept01 signs in on the workbench's login, opens every page of its menu, filters the 信息库, opens
 * a 纪实 and its print view, sees the charts drawn and exports; from Camunda's Welcome page the
 * workbench is one click away. ent01 sees its own nominations in 我的推荐 and not ent02's; jytown01
 * sees only its chairs; a chair's page on a 390-px phone screen does not overflow; a role without a
 * page gets the Chinese 403 page and an anonymous visitor the login. Screenshots: {@code
 * target/screenshots/WorkbenchBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class WorkbenchBrowserTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String BLANK_CANVAS_DIFFERS =
      "const c = document.querySelector(arguments[0] + ' canvas');"
          + "if (!c || c.width === 0 || c.height === 0) return false;"
          + "const blank = document.createElement('canvas');"
          + "blank.width = c.width; blank.height = c.height;"
          + "return c.toDataURL() !== blank.toDataURL();";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ChairRegister chairs;
  @Autowired QuarterMapper quarters;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private String base() {
    return "http://localhost:" + port;
  }

  /** A case nominated by {@code enterprise}'s contact over the engine REST API (as Tasklist). */
  private record Case(String recordNo, String name) {}

  private Case nominate(String enterpriseUser) {
    Map<String, Object> variables = Nominations.valid();
    String name = "工作台" + "甲乙丙丁戊己庚辛壬癸".charAt(ThreadLocalRandom.current().nextInt(10));
    variables.put("candidateName", name);
    HttpApi.Response started =
        new HttpApi(port, "")
            .call(
                "POST",
                enterpriseUser,
                "/engine-rest/process-definition/key/directReport/submit-form",
                RestForms.body(variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String recordNo =
        (String) runtimeService.getVariable(started.json().path("id").asText(), "recordNo");
    return new Case(recordNo, name);
  }

  private void signOut(Browser browser) {
    browser.open(base() + "/workbench/login");
    browser.driver().manage().deleteAllCookies();
  }

  private void login(Browser browser, String user) {
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), HttpApi.DEMO_PASSWORD);
    browser.click(By.id("login-submit"));
    browser.visible(By.cssSelector(".wb-user"));
  }

  private void openFromMenu(Browser browser, String title) {
    browser.click(By.xpath("//nav[@id='wb-menu']//a[normalize-space(.)='" + title + "']"));
    browser.visible(By.xpath("//h1[normalize-space(.)='" + title + "']"));
  }

  /** A GET with this browser's session cookie: status and content type. */
  private HttpResponse<byte[]> sessionGet(Browser browser, String href) throws Exception {
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : base() + href))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .timeout(Duration.ofSeconds(60))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private boolean chartDrawn(Browser browser, String figureId) {
    return Boolean.TRUE.equals(browser.script(BLANK_CANVAS_DIFFERS, "#" + figureId));
  }

  private void noErrorShown(Browser browser) {
    assertThat(browser.driver().findElements(By.cssSelector(".wb-content .wb-error")))
        .as("error messages on " + browser.driver().getCurrentUrl())
        .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
  }

  @Test
  void theOrganizationDepartmentOpensEveryPageFiltersPrintsChartsAndExports(Browser browser)
      throws Exception {
    Case own = nominate("ent01");
    Case other = nominate("ent02");

    // an anonymous visitor is sent to the login, and back to the page asked for
    signOut(browser);
    browser.open(base() + "/workbench/candidates");
    browser.visible(By.id("login-form"));
    assertThat(browser.driver().getCurrentUrl()).contains("/workbench/login?next=");
    browser.screenshot("login");
    login(browser, "orgdept01");
    browser.visible(By.xpath("//h1[normalize-space(.)='信息库']"));
    browser.textAppears(By.cssSelector(".wb-user"), "组织部");

    // the menu of the organization department, nothing else
    List<String> menu =
        browser.driver().findElements(By.cssSelector("#wb-menu a")).stream()
            .map(e -> e.getText().trim())
            .toList();
    assertThat(menu)
        .containsExactly(
            "首页", "信息库", "统计分析", "红黄灯督办", "企业登记册", "园区登记册", "产业链党委登记册", "特约培养联系人登记册", "首席服务员登记册");

    openFromMenu(browser, "首页");
    browser.visible(By.id("assigned-count"));
    browser.screenshot("home");

    // 信息库: filter by record number, and by enterprise + status
    openFromMenu(browser, "信息库");
    browser.visible(By.id("candidate-table"));
    browser.screenshot("candidates");
    browser.type(By.name("q"), own.recordNo());
    browser.click(By.id("search"));
    browser.until(
        "only " + own.recordNo(),
        d ->
            d.findElements(By.cssSelector("#candidate-table tbody tr")).size() == 1
                && d.findElement(By.id("candidate-table")).getText().contains(own.recordNo()));
    assertThat(browser.driver().getCurrentUrl()).contains("q=" + own.recordNo());
    browser.screenshot("candidates-filtered");

    // export: exactly the filtered rows, as a spreadsheet
    String exportHref = browser.driver().findElement(By.id("export")).getDomProperty("href");
    assertThat(exportHref).contains("/api/direct-report/candidates.xlsx").contains("q=");
    HttpResponse<byte[]> xlsx = sessionGet(browser, exportHref);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    assertThat(xlsx.body().length).isGreaterThan(100);

    browser.click(By.id("reset"));
    browser.until(
        "filter reset",
        d ->
            !d.getCurrentUrl().contains("q=")
                && d.findElements(By.id("candidate-table")).size() == 1);
    new org.openqa.selenium.support.ui.Select(browser.visible(By.name("enterprise")))
        .selectByValue("ent02");
    new org.openqa.selenium.support.ui.Select(browser.visible(By.name("status")))
        .selectByValue("UNDER_REVIEW");
    browser.click(By.id("search"));
    browser.textAppears(By.id("candidate-table"), other.recordNo());
    assertThat(browser.driver().findElement(By.id("candidate-table")).getText())
        .doesNotContain(own.recordNo());
    browser.screenshot("candidates-by-enterprise");

    // 纪实 and its print view
    browser.click(By.linkText(other.recordNo()));
    browser.visible(By.id("timeline"));
    browser.textAppears(By.id("personal"), other.name());
    browser.textAppears(By.id("open-tasks"), "特约培养联系人");
    noErrorShown(browser);
    browser.screenshot("record");
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(
              browser.script(
                  "return getComputedStyle(document.querySelector('.wb-header')).display"))
          .isEqualTo("none");
      browser.screenshot("record-print");
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    // 统计分析: every chart drawn on a canvas, with its numbers
    openFromMenu(browser, "统计分析");
    browser.until(
        "charts drawn",
        d -> "true".equals(d.findElement(By.id("statistics")).getDomAttribute("data-ready")));
    noErrorShown(browser);
    for (String chart : List.of("chart-stage", "chart-park", "chart-education", "chart-month")) {
      browser.until(chart + " drawn", d -> chartDrawn(browser, chart));
      assertThat(
              browser.driver().findElements(By.cssSelector("#" + chart + " .wb-chart-numbers td")))
          .isNotEmpty();
    }
    browser.screenshot("statistics");

    // 红黄灯督办
    openFromMenu(browser, "红黄灯督办");
    browser.until(
        "supervision loaded",
        d ->
            !d.findElements(By.cssSelector("#summary table, #summary .wb-empty")).isEmpty()
                && !d.findElements(By.cssSelector("#tasks table, #tasks .wb-empty")).isEmpty());
    noErrorShown(browser);
    browser.screenshot("supervision");

    // from Camunda's Welcome page and Tasklist's header, without typing a URL
    browser.open(base() + "/camunda/app/welcome/default/");
    browser.visible(By.linkText("产改工作台"));
    browser.screenshot("camunda-welcome");
    browser.click(By.linkText("产改工作台"));
    browser.visible(By.xpath("//h1[normalize-space(.)='首页']"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/workbench/");
    browser.click(By.linkText("任务列表"));
    browser.visible(By.cssSelector("#partyunion-workbench-link a"));
    browser.screenshot("tasklist-header");
    browser.click(By.cssSelector("#partyunion-workbench-link a"));
    browser.visible(By.xpath("//h1[normalize-space(.)='首页']"));
    browser.screenshot("home-from-tasklist");

    // 退出 ends the one session: Tasklist's too
    browser.click(By.id("wb-logout"));
    browser.visible(By.id("login-form"));
    browser.open(base() + "/workbench/statistics");
    browser.visible(By.id("login-form"));
  }

  @Test
  void anEnterpriseSeesItsOwnNominationsAndTheRolePagesAreGuarded(Browser browser)
      throws Exception {
    Case own = nominate("ent01");
    Case other = nominate("ent02");

    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "ent01");
    openFromMenu(browser, "我的推荐");
    browser.textAppears(By.id("candidate-table"), own.recordNo());
    assertThat(browser.driver().findElement(By.id("candidate-table")).getText())
        .doesNotContain(other.recordNo());
    browser.screenshot("my-nominations");

    // another enterprise's 纪实: the API's Chinese refusal
    browser.open(base() + "/workbench/candidates/" + other.recordNo());
    browser.visible(By.cssSelector("#record-body .wb-error"));
    assertThat(browser.driver().findElement(By.cssSelector("#record-body .wb-error")).getText())
        .containsPattern("[\\u4e00-\\u9fa5]")
        .doesNotContain("Exception");
    browser.screenshot("other-enterprise-record");

    // a page of another role: the Chinese 403 page (not only a hidden link)
    browser.open(base() + "/workbench/statistics");
    browser.textAppears(By.id("forbidden"), "无权访问");
    browser.screenshot("forbidden");
    WebappSession ent01 = WebappSession.login(port, "ent01");
    WebappSession.Answer forbidden = ent01.send("GET", "/workbench/supervision", null, null);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body()).contains("无权访问");
    assertThat(forbidden.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(forbidden.header("Cache-Control")).isEqualTo("no-store");

    // the workbench's own API: the caller's menu and filter choices, refused outside the 信息库
    HttpApi api = new HttpApi(port, "");
    HttpApi.Response me = api.call("GET", "ent01", "/api/workbench/me", null);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("pages").findValuesAsText("title"))
        .containsExactly("首页", "我的推荐", "信息库");
    HttpApi.Response choices = api.call("GET", "ent01", "/api/workbench/choices", null);
    assertThat(choices.json().path("enterprises").findValuesAsText("code"))
        .containsExactly("ent01");
    assertThat(choices.json().path("parks").findValuesAsText("code")).containsExactly("park01");
    HttpApi.Response refused = api.call("GET", "hhunit01", "/api/workbench/choices", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("message").asText()).contains("无权");

    // anonymous: redirected to the login with the page to come back to
    WebappSession.Answer anonymous =
        new WebappSession(port).send("GET", "/workbench/candidates?status=MATURE", null, null);
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.header("Location"))
        .contains("/workbench/login?next=%2Fworkbench%2Fcandidates%3Fstatus%3DMATURE");
  }

  @Test
  void theAuditAdministratorSearchesTheAuditTrailAndExports(Browser browser) throws Exception {
    new HttpApi(port, "").call("GET", "hhoffice01", "/api/workbench/me", null);
    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "auditor01");
    openFromMenu(browser, "审计记录");
    browser.textAppears(By.id("audit-table"), "auditor01");
    browser.type(By.name("user"), "hhoffice01");
    browser.click(By.xpath("//form[@id='filters']//button[@type='submit']"));
    browser.textAppears(By.id("audit-table"), "GET /api/workbench/me");
    assertThat(browser.driver().findElement(By.id("audit-table")).getText())
        .contains("hhoffice01")
        .contains("登录")
        .doesNotContain("auditor01");
    noErrorShown(browser);
    browser.screenshot("audit-trail");
    String href = browser.driver().findElement(By.id("export")).getAttribute("href");
    assertThat(href).contains("/api/audit/events.xlsx").contains("user=hhoffice01");
    HttpResponse<byte[]> export = sessionGet(browser, href);
    assertThat(export.statusCode()).as(href + " " + new String(export.body())).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);

    // nobody else opens the page
    WebappSession security = new WebappSession(port);
    assertThat(security.login("admin", "secadmin01", HttpApi.DEMO_PASSWORD)).isEqualTo(200);
    assertThat(security.send("GET", "/workbench/audit", null, null).status()).isEqualTo(403);
  }

  @Test
  void aTownUnionSeesOnlyItsChairsAndAChairsPageFitsAPhone(Browser browser) {
    String q = stipendQuarter();

    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "jytown01");
    openFromMenu(browser, "津贴季度");
    browser.click(By.linkText(q));
    browser.visible(By.id("chair-lines"));
    String lines = browser.driver().findElement(By.id("chair-lines")).getText();
    assertThat(lines).contains("wbA1" + q.substring(0, 4)).contains("jychair001");
    assertThat(lines).doesNotContain("wbB1" + q.substring(0, 4));
    noErrorShown(browser);
    browser.screenshot("town-quarter");

    signOut(browser);
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.open(base() + "/workbench/chair-stipend/quarters");
      login(browser, "jychair001");
      browser.visible(By.id("my-quarters"));
      browser.textAppears(By.id("my-quarters"), q.substring(0, 4) + " 年第 1 季度");
      browser.textAppears(By.id("my-quarters"), "900 元");
      assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
      assertThat(
              ((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
          .isLessThanOrEqualTo(390);
      browser.screenshot("chair-phone-390");
      browser.click(By.cssSelector(".wb-menu-toggle"));
      browser.visible(By.cssSelector("#wb-menu a"));
      browser.screenshot("chair-phone-menu");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void theHongheAndJiangyinPagesShowTheirRecords(Browser browser) throws Exception {
    String meeting = talliedMeeting();

    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "hhoffice01");
    openFromMenu(browser, "述职评议结果");
    browser.visible(By.id("meetings"));
    noErrorShown(browser);
    browser.screenshot("review-meetings");
    browser.click(By.cssSelector("a[href='/workbench/review-meetings/" + meeting + "']"));
    browser.textAppears(By.id("results-table"), "个旧市");
    browser.until("score chart drawn", d -> chartDrawn(browser, "chart-scores"));
    assertThat(browser.driver().findElements(By.cssSelector("#results-table tbody tr"))).hasSize(3);
    noErrorShown(browser);
    browser.screenshot("review-meeting-results");
    HttpResponse<byte[]> xlsx =
        sessionGet(browser, browser.driver().findElement(By.id("export")).getDomProperty("href"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);

    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "hhunit02");
    browser.open(base() + "/workbench/review-meetings/" + meeting);
    browser.textAppears(By.id("unit-feedback"), "在 3 个述职单位中排第");
    assertThat(browser.driver().findElements(By.cssSelector("#results-table tbody tr"))).hasSize(1);
    noErrorShown(browser);
    browser.screenshot("unit-feedback");

    signOut(browser);
    browser.open(base() + "/workbench/");
    login(browser, "jycity01");
    openFromMenu(browser, "津贴季度");
    browser.until(
        "quarters loaded",
        d -> !d.findElements(By.cssSelector("#list table, #list .wb-empty")).isEmpty());
    noErrorShown(browser);
    browser.screenshot("quarters");
  }

  /**
   * A review meeting of hhunit01–03 rated by hhrater01 (workers) and hhrater06 (managers), tallied
   * and confirmed, in a year no stored meeting uses.
   */
  private String talliedMeeting() {
    Integer max = jdbc.queryForObject("SELECT MAX(meeting_year) FROM rm_meeting", Integer.class);
    int year = Math.max(LocalDate.now().getYear() + 1, max == null ? 0 : max + 1);
    TaskService tasks = engine.getTaskService();
    TaskFinder finder = new TaskFinder(engine);
    JobRunner jobs = new JobRunner(engine);
    String id =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "reviewMeeting",
                Map.of(
                    "year",
                    year,
                    "meetingDate",
                    year + "-12-20",
                    "reportingUnits",
                    List.of("hhunit01", "hhunit02", "hhunit03"),
                    "raters",
                    List.of("hhrater01", "hhrater06")))
            .getId();
    String summary = "本年度我单位把产业工人队伍建设改革列入党委重点工作，健全技能人才培养、使用、评价、激励制度，开展劳动和技能竞赛。";
    for (Task task : finder.open(id, "Task_SubmitReport")) {
      tasks.complete(task.getId(), Map.of("reportSummary", summary));
    }
    jobs.execute(id, "Task_RecordMissingReports");
    for (Task task : finder.open(id, "Task_Comment")) {
      tasks.complete(task.getId(), Map.of("comment", "工作扎实，措施有力，继续努力。"));
    }
    List<String> grades = List.of("EXCELLENT", "GOOD", "FAIR");
    List<Map<String, Object>> sheet = new ArrayList<>();
    for (int unit = 1; unit <= 3; unit++) {
      sheet.add(Map.of("unitCode", "hhunit0" + unit, "grade", grades.get(unit - 1)));
    }
    for (Task task : finder.open(id, "Task_Rate")) {
      tasks.complete(task.getId(), Map.of("ratings", sheet));
    }
    jobs.execute(id, "Task_Tally");
    tasks.complete(
        finder.open(id, "Task_ConfirmResults").get(0).getId(), Map.of("confirmed", true));
    return id;
  }

  /**
   * A quarter of the 1600s no test opened yet, written through the roster's mapper: jychair001 and
   * wbA1 in jytown01 (jychair001 assessed, 300 元 × 3), wbB1 in jytown02.
   */
  private String stipendQuarter() {
    String q = null;
    for (int year = 1600; year < 1700 && q == null; year++) {
      if (quarters.findQuarter(year + "Q1") == null) {
        q = year + "Q1";
      }
    }
    assertThat(q).as("a free quarter").isNotNull();
    String s = q.substring(0, 4);
    int year = Integer.parseInt(s);
    for (String[] chair :
        List.of(new String[] {"wbA1" + s, "jytown01"}, new String[] {"wbB1" + s, "jytown02"})) {
      chairs.register(
          new Chair(
              chair[0],
              "测试主席" + chair[0],
              "江阴测试企业" + chair[0] + "有限公司",
              chair[1],
              150,
              false,
              true,
              false,
              true,
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 3, 31)));
    }
    LocalDateTime now = LocalDateTime.now();
    quarters.insertQuarter(q, "none", now);
    RosterEntry chair001 = line(q, "jychair001", "jytown01", "AWAITING_ASSESSMENT");
    quarters.insertRoster(
        List.of(
            chair001,
            line(q, "wbA1" + s, "jytown01", "AWAITING_SELF_REPORT"),
            line(q, "wbB1" + s, "jytown02", "AWAITING_SELF_REPORT")),
        now);
    BigDecimal monthly = BigDecimal.valueOf(300);
    quarters.recordAssessment(
        new RosterEntry(
            q,
            "jychair001",
            chair001.chairName(),
            chair001.enterpriseName(),
            "jytown01",
            150,
            true,
            null,
            3,
            null,
            95,
            "测试",
            "EXCELLENT",
            monthly,
            monthly.multiply(BigDecimal.valueOf(3)),
            "ASSESSED"),
        now);
    return q;
  }

  private static RosterEntry line(String q, String chairId, String town, String status) {
    return new RosterEntry(
        q,
        chairId,
        "测试主席" + chairId,
        "江阴测试企业" + chairId + "有限公司",
        town,
        150,
        true,
        null,
        3,
        null,
        null,
        null,
        null,
        null,
        null,
        status);
  }
}
