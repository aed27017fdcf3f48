package cn.partyunion.workflow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.identity.AccessSetupRunner;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit (dashboard, processes, a process definition, an instance, a decision), Admin (users,
 * groups), the login page and Welcome in headless Chromium (zh-CN) as admin: the visible text (and
 * the title / placeholder of visible elements) holds no English word outside {@link #ALLOWED} and
 * data (ids, keys); Cockpit's dates read yyyy-MM-dd HH:mm:ss; Admin shows the family name as 姓氏 and
 * the administrators' group as 系统管理员. Screenshots: {@code
 * target/screenshots/WebappsInChineseBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class WebappsInChineseBrowserTest {

  /** English words a Chinese user may meet: product names, the language switch, abbreviations. */
  private static final Set<String> ALLOWED =
      Set.of(
          "camunda",
          "platform",
          "english",
          "bpmn",
          "dmn",
          "drd",
          "feel",
          "id",
          "ok",
          "csv",
          // data, not texts: user and group ids, process variable names and Camunda's variable
          // type names in Cockpit's variable table
          "admin",
          "auditor",
          "branch",
          "chain",
          "enterprise",
          "hhdeputy",
          "hhoffice",
          "hhrater",
          "hhratermanager",
          "hhraterworker",
          "gender",
          "phone",
          "education",
          "ethnicity",
          "honors",
          "string",
          "integer",
          "null",
          "boolean",
          "long",
          "date",
          "json",
          "xml");

  /** Visible text nodes and the title / placeholder of visible elements. */
  private static final String VISIBLE_TEXT =
      "const out = [];"
          + "const visible = el => { const r = el.getBoundingClientRect();"
          + "  const s = getComputedStyle(el);"
          + "  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'"
          + "    && s.display !== 'none' && s.opacity !== '0'; };"
          + "const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "while (w.nextNode()) { const n = w.currentNode; const p = n.parentElement;"
          + "  if (!p || ['SCRIPT','STYLE','NOSCRIPT','TEMPLATE'].includes(p.tagName)) continue;"
          + "  const t = n.nodeValue.trim(); if (t && visible(p)) out.push(t); }"
          + "document.querySelectorAll('[title],[placeholder]').forEach(el => { if (visible(el)) {"
          + "  ['title','placeholder'].forEach(a => { const v = el.getAttribute(a);"
          + "    if (v && v.trim()) out.push('@' + a + ': ' + v.trim()); }); } });"
          + "return out;";

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern DATA_TOKEN =
      Pattern.compile(".*(\\d|[a-z][A-Z]|[-_@/=#.:]).*|[a-z]+\\d*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
  private static final Pattern CHINESE_DATE =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void cockpitAdminLoginAndWelcomeShowNoEnglish(Browser browser) {
    String base = "http://localhost:" + port;
    String instanceId = startInstance();
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("directReport")
            .latestVersion()
            .singleResult();
    DecisionDefinition decision =
        repositoryService.createDecisionDefinitionQuery().latestVersion().list().get(0);
    CamundaWebapps webapps = new CamundaWebapps(browser, base);
    List<String> problems = new ArrayList<>();

    browser.open(base + "/camunda/app/welcome/default/");
    browser.visible(By.cssSelector("input[ng-model='username']"));
    check(browser, "login", problems);
    webapps.login("welcome", "admin", HttpApi.DEMO_PASSWORD);
    browser.visible(By.cssSelector(".webapps, .profile, section"));
    check(browser, "welcome", problems);

    browser.open(base + "/camunda/app/cockpit/default/#/dashboard");
    browser.visible(By.cssSelector("li.account .dropdown-toggle"));
    check(browser, "cockpit-dashboard", problems);
    browser.open(base + "/camunda/app/cockpit/default/#/processes");
    browser.visible(By.cssSelector(".processes-dashboard, .process-definitions-list, table"));
    check(browser, "cockpit-processes", problems);
    browser.open(base + "/camunda/app/cockpit/default/#/process-definition/" + definition.getId());
    browser.visible(By.cssSelector(".diagram-holder"));
    check(browser, "cockpit-process-definition", problems);
    browser.open(base + "/camunda/app/cockpit/default/#/process-instance/" + instanceId);
    browser.visible(By.cssSelector(".diagram-holder"));
    String dates = check(browser, "cockpit-process-instance", problems);
    browser.open(
        base
            + "/camunda/app/cockpit/default/#/process-definition/"
            + definition.getId()
            + "/runtime?viewbox=%7B%7D&tab=process-instances-table");
    browser.until(
        "a start time in yyyy-MM-dd HH:mm:ss",
        d -> CHINESE_DATE.matcher(String.join("\n", visibleText(browser))).find());
    dates = dates + "\n" + check(browser, "cockpit-instances-dates", problems);
    browser.open(base + "/camunda/app/cockpit/default/#/decision-definition/" + decision.getId());
    browser.visible(By.cssSelector(".tjs-container, .dmn-decision-table-container, table"));
    check(browser, "cockpit-decision", problems);

    browser.open(base + "/camunda/app/admin/default/#/users");
    browser.visible(By.cssSelector("table"));
    String users = check(browser, "admin-users", problems);
    browser.open(base + "/camunda/app/admin/default/#/groups");
    browser.visible(By.cssSelector("table"));
    String groups = check(browser, "admin-groups", problems);
    browser.open(base + "/camunda/app/admin/default/#/users/ent01?tab=profile");
    browser.visible(By.cssSelector("input[ng-model='profile.lastName'], form"));
    Object lastName =
        browser.script(
            "const i = document.querySelector(\"input[ng-model='profile.lastName']\");"
                + "return i ? i.value : null;");
    browser.screenshot("admin-user-profile");

    assertThat(problems).as("English words on the Chinese pages").isEmpty();
    assertThat(dates)
        .as("Cockpit dates")
        .doesNotContainPattern(ISO_DATE)
        .containsPattern(CHINESE_DATE);
    assertThat(groups)
        .contains(AccessSetupRunner.ADMIN_GROUP_NAME)
        .doesNotContain("camunda BPM Administrators");
    assertThat(users).as("Admin's user list").isNotBlank();
    assertThat(lastName).as("ent01's 姓氏 (family name)").isNotNull().isNotEqualTo("");
  }

  private String startInstance() {
    Map<String, Object> variables = Nominations.valid();
    HttpApi.Response started =
        new HttpApi(port, "")
            .call(
                "POST",
                "ent01",
                "/engine-rest/process-definition/key/directReport/submit-form",
                RestForms.body(variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  @SuppressWarnings("unchecked")
  private static List<String> visibleText(Browser browser) {
    return (List<String>) browser.script(VISIBLE_TEXT);
  }

  /** Waits for Angular to settle a little, screenshots, records English words; the page text. */
  private static String check(Browser browser, String page, List<String> problems) {
    browser.until(
        page + " rendered",
        d -> {
          Object pending =
              browser.script(
                  "return document.querySelectorAll('.loader, .loading-indicator, .glyphicon-loading:not(.ng-hide)').length;");
          return ((Number) pending).intValue() == 0 || Boolean.TRUE;
        });
    browser.until(page + " has text", d -> visibleText(browser).size() > 3);
    try {
      Thread.sleep(1500); // Angular and the diagram libraries render in several passes
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    browser.screenshot(page);
    List<String> texts = visibleText(browser);
    Set<String> english = new TreeSet<>();
    for (String text : texts) {
      for (String token : text.split("[\\s,;()（）\\[\\]“”\"'|]+")) {
        if (token.matches("[A-Z_]{2,}")) {
          continue; // abbreviations and enum values (MALE, SYSTEM, EXCELLENT): data
        }
        if (token.isEmpty() || DATA_TOKEN.matcher(token).matches() && !token.matches("[a-z]+")) {
          continue;
        }
        Matcher word = WORD.matcher(token);
        while (word.find()) {
          if (!ALLOWED.contains(word.group().toLowerCase(Locale.ROOT))) {
            english.add(text.length() > 80 ? text.substring(0, 80) : text);
          }
        }
      }
    }
    english.forEach(text -> problems.add(page + ": " + text));
    return String.join("\n", texts);
  }
}
