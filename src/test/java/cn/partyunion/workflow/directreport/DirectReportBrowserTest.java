package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The direct-report path through the real webapps in headless Chromium (DOMAIN §1): ent05 (an
 * enterprise no other test uses, so that its liaison's and park's lists stay short) nominates a
 * worker on the start form (first with a wrong ID check digit, refused with the server's Chinese
 * message), liaison05, park05 and orgdept01 approve in Tasklist, admin sees the diagram and the
 * running instance in Cockpit; the application API then lists the case as {@code IN_DATABASE}.
 * Screenshots: {@code target/screenshots/DirectReportBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class DirectReportBrowserTest {

  private static final String PROCESS_NAME = "产业工人发展党员信息直报";
  private static final String PASSWORD = HttpApi.DEMO_PASSWORD;
  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
          "马", "罗");
  private static final List<String> GIVEN_NAMES =
      List.of(
          "建国", "晓明", "海燕", "志强", "丽娟", "国栋", "春生", "秀英", "伟", "敏", "振华", "玉兰", "立新", "红梅", "宏伟",
          "淑珍");

  @LocalServerPort int port;

  @Test
  void nominationIsReviewedApprovedAndShownInCockpit(Browser browser) throws Exception {
    String baseUrl = "http://localhost:" + port;
    CamundaWebapps webapps = new CamundaWebapps(browser, baseUrl);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String name =
        SURNAMES.get(random.nextInt(SURNAMES.size()))
            + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    LocalDate birthDate =
        LocalDate.of(1985 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String idNumber = IdNumbers.bornOn(birthDate);

    // a. the enterprise contact nominates the worker
    webapps.login("tasklist", "ent05", PASSWORD);
    browser.textAppears(By.tagName("body"), "发起流程"); // the webapps speak Chinese (zh-CN)
    browser.textAppears(By.tagName("body"), "本单位待办");
    browser.screenshot("ent05-tasklist");
    webapps.openStartForm(PROCESS_NAME);
    browser.screenshot("start-form-empty");
    fillNomination(webapps, name, birthDate, withWrongCheckCharacter(idNumber));
    browser.screenshot("start-form-filled-wrong-id");
    webapps.submitStartForm();
    WebElement error = browser.textAppears(CamundaWebapps.ALERTS, "身份证号校验位不正确");
    assertThat(error.getText()).doesNotContain("Exception");
    browser.screenshot("wrong-id-refused");

    webapps.fillText("Field_idNumber", idNumber);
    browser.screenshot("start-form-id-corrected");
    webapps.submitStartForm();
    browser.gone(By.cssSelector(".modal-dialog"));
    browser.screenshot("nomination-started");
    webapps.logout();

    // b. the liaison finds the talk-and-review task in 我的待办 and approves
    webapps.login("tasklist", "liaison05", PASSWORD);
    webapps.openFilter("我的待办");
    webapps.sortNewestFirst();
    By liaisonTask = webapps.taskInList("特约培养联系人谈话审核", name);
    browser.visible(liaisonTask);
    browser.screenshot("liaison05-my-tasks");
    webapps.openTask(liaisonTask);
    assertThat(webapps.value("Field_candidateName", "")).isEqualTo(name);
    assertThat(webapps.value("Field_idNumber", ""))
        .isEqualTo(ResidentIdNumber.mask(idNumber))
        .matches("\\d{6}\\*{8}\\d{3}[\\dX]");
    assertThat(webapps.value("Field_enterpriseName", "")).isEqualTo("南通通光新能源科技有限公司");
    assertThat(
            browser
                .driver()
                .findElement(CamundaWebapps.field("Field_candidateName", ""))
                .getDomAttribute("readonly"))
        .isNotNull();
    browser.textAppears(By.tagName("body"), "培养对象信息");
    browser.textAppears(By.tagName("body"), "完成");
    browser.screenshot("liaison-review-form");
    webapps.radio("Field_decision", "同意");
    browser.screenshot("liaison-review-approve");
    webapps.completeTask();
    browser.screenshot("liaison-review-completed");
    webapps.logout();

    // c. the park committee and the organization department approve
    approveAs(webapps, browser, "park05", "开发园区党工委审核", name, "park");
    // the organization department's queue holds every enterprise's cases: open the task by id
    webapps.login("tasklist", "orgdept01", PASSWORD);
    webapps.openFilter("本单位待办");
    browser.screenshot("orgdept-unit-tasks");
    webapps.openTaskById(orgdeptTaskId(idNumber));
    assertThat(webapps.value("Field_candidateName", "")).isEqualTo(name);
    webapps.claimTask();
    webapps.radio("Field_decision", "同意");
    browser.screenshot("orgdept-review-approve");
    webapps.completeTask();
    browser.screenshot("orgdept-review-completed");
    webapps.logout();

    // d. Cockpit draws the model and counts the running instance
    webapps.login("cockpit", "admin", PASSWORD);
    browser.open(baseUrl + "/camunda/app/cockpit/default/#/processes");
    By row =
        By.xpath(
            "//table[contains(@class,'process-definitions-list')]//tr"
                + "[td[contains(@class,'key')][normalize-space(.)='directReport']]");
    WebElement instances =
        browser.visible(
            new By.ByXPath(
                "//table[contains(@class,'process-definitions-list')]//tr[td[contains(@class,'key')]"
                    + "[normalize-space(.)='directReport']]/td[contains(@class,'instances')]"));
    assertThat(Integer.parseInt(instances.getText().trim())).isPositive();
    assertThat(browser.visible(row).getText()).contains(PROCESS_NAME);
    browser.textAppears(By.tagName("body"), "流程定义");
    browser.screenshot("cockpit-processes");
    browser.visible(row).findElement(By.cssSelector("td.key a")).click();
    browser.visible(By.cssSelector("svg [data-element-id='Task_LiaisonReview']"));
    browser.visible(By.cssSelector("svg [data-element-id='Task_NameMentor']"));
    browser.screenshot("cockpit-diagram");

    // the application API lists the case in the information database
    HttpApi.Response listed =
        new HttpApi(port, "")
            .call(
                "GET",
                "orgdept01",
                "/api/direct-report/candidates?status=IN_DATABASE&size=200",
                null);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    JsonNode candidates = listed.json();
    JsonNode candidate =
        StreamSupport.stream(candidates.spliterator(), false)
            .filter(c -> idNumber.equals(c.path("idNumber").asText()))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no IN_DATABASE candidate with ID " + idNumber + " in " + candidates));
    assertThat(candidate.path("candidateName").asText()).isEqualTo(name);
    assertThat(candidate.path("enterpriseCode").asText()).isEqualTo("ent05");
    assertThat(candidate.path("status").asText()).isEqualTo("IN_DATABASE");
  }

  private static void fillNomination(
      CamundaWebapps form, String name, LocalDate birthDate, String idNumber) {
    form.fillText("Field_candidateName", name);
    form.select("Field_gender", "男");
    form.search("Field_ethnicity", "汉族");
    form.date("Field_birthDate", birthDate);
    form.fillText("Field_idNumber", idNumber);
    form.fillText("Field_phone", "13912345678");
    form.select("Field_education", "高中/中专/技校");
    form.fillText("Field_jobTitle", "芯片封装测试工");
    form.select("Field_skillLevel", "高级工");
    form.select("Field_talentCategory", "技术能手");
    form.radio("Field_politicalStatus", "共青团员");
    form.date("Field_applicationDate", LocalDate.now().minusMonths(3));
    form.select("Field_discoveryChannel", "链上议事会");
    form.fillText("Field_honors", "南通市五一劳动奖章、市级技术能手");
    form.fillText(
        "Field_recommendationReason",
        "该同志扎根封装测试一线十年，攻克多项工艺难题，" + "带徒十余人，工作积极主动，群众基础好，已递交入党申请书，建议纳入信息库重点培养。");
  }

  private static void approveAs(
      CamundaWebapps webapps,
      Browser browser,
      String user,
      String taskName,
      String candidateName,
      String shotPrefix) {
    webapps.login("tasklist", user, PASSWORD);
    webapps.openFilter("本单位待办");
    webapps.sortNewestFirst();
    By task = webapps.taskInList(taskName, candidateName);
    browser.visible(task);
    browser.screenshot(shotPrefix + "-unit-tasks");
    webapps.openTask(task);
    assertThat(webapps.value("Field_candidateName", "")).isEqualTo(candidateName);
    webapps.claimTask();
    webapps.radio("Field_decision", "同意");
    browser.screenshot(shotPrefix + "-review-approve");
    webapps.completeTask();
    browser.screenshot(shotPrefix + "-review-completed");
    webapps.logout();
  }

  /** The open approval task of the organization department for the case of this ID number. */
  private String orgdeptTaskId(String idNumber) {
    HttpApi api = new HttpApi(port, "");
    JsonNode cases =
        api.call(
                "GET",
                "orgdept01",
                "/api/direct-report/candidates?status=UNDER_REVIEW&enterprise=ent05&size=200",
                null)
            .json();
    String recordNo =
        StreamSupport.stream(cases.spliterator(), false)
            .filter(c -> idNumber.equals(c.path("idNumber").asText()))
            .map(c -> c.path("recordNo").asText())
            .findFirst()
            .orElseThrow();
    JsonNode tasks =
        api.call(
                "GET",
                "orgdept01",
                "/engine-rest/task?processInstanceBusinessKey="
                    + recordNo
                    + "&taskDefinitionKey=Task_OrgDeptApproval",
                null)
            .json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /** The same number with a check character that GB 11643 refuses. */
  private static String withWrongCheckCharacter(String idNumber) {
    char right = ResidentIdNumber.checkCharacter(idNumber);
    return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
  }
}
