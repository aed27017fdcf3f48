package cn.partyunion.workflow.memberdevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The branch general meeting in a zh-CN Tasklist (DOMAIN §6, 细则 第二十五、二十六条): branch01 records a
 * meeting on the admission at which too few full members with voting rights were present, is
 * refused with the Chinese message naming the rule, the task stays open; then records a valid
 * meeting and the task completes. The case is driven to the meeting beforehand through the engine
 * with the clock moved (fixture {@link Development}). Screenshots: {@code
 * target/screenshots/MemberDevelopmentTasklistBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class MemberDevelopmentTasklistBrowserTest {

  private static final String NO_QUORUM = "支部大会到会有表决权的正式党员（5人）未超过应到会人数（10人）的半数，会议无效（细则 第二十五条）";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @RegisterExtension final TestClock clock = new TestClock();

  @Test
  void aMeetingWithoutQuorumIsRefusedInChineseThenAValidOneCompletes(Browser browser) {
    BpmnAwareTests.init(engine);
    Development d =
        Development.registered(engine.getRuntimeService(), clock).upTo("Task_AdmissionMeeting");
    clock.reset();
    Task meeting = openTask(d);
    assertThat(meeting.getTaskDefinitionKey()).isEqualTo("Task_AdmissionMeeting");
    assertThat(meeting.getTenantId()).isEqualTo("ent01");

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", "branch01", HttpApi.DEMO_PASSWORD);
    webapps.openFilter("发展党员待办");
    browser.screenshot("branch01-development-tasks");
    webapps.openTaskById(meeting.getId());
    assertThat(webapps.value("Field_recordNo", "")).isEqualTo(d.pi.getBusinessKey());
    webapps.claimTask();
    browser.screenshot("admission-meeting-form");

    LocalDate day = Development.ADMITTED;
    webapps.date("Field_volunteerFormDate", day.minusDays(1));
    webapps.date("Field_meetingDate", day);
    webapps.fillText("Field_membersWithVotingRights", "10");
    webapps.fillText("Field_membersPresent", "5");
    webapps.fillText("Field_votesFor", "5");
    webapps.fillText("Field_votesAgainst", "0");
    webapps.fillText("Field_abstentions", "0");
    browser.screenshot("too-few-present-filled");
    browser.click(
        org.openqa.selenium.By.cssSelector(".form-actions button[ng-click='complete()']"));
    WebElement refusal = browser.textAppears(CamundaWebapps.ALERTS, NO_QUORUM);
    assertThat(refusal.getText()).doesNotContain("Exception");
    browser.screenshot("too-few-present-refused");
    assertThat(openTask(d).getId()).as("the task stays open").isEqualTo(meeting.getId());
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(d.pi.getId())
                .singleResult())
        .isNotNull();

    webapps.fillText("Field_membersPresent", "8");
    webapps.fillText("Field_votesFor", "7");
    webapps.fillText("Field_abstentions", "1");
    browser.screenshot("valid-meeting-filled");
    webapps.completeTask();
    browser.until(
        "the refusal dismissed once the task is completed",
        driver ->
            driver.findElements(CamundaWebapps.ALERTS).stream()
                .noneMatch(alert -> alert.isDisplayed() && alert.getText().contains(NO_QUORUM)));
    browser.screenshot("valid-meeting-completed");
    assertThat(openTask(d).getTaskDefinitionKey()).isEqualTo("Task_AdmissionApproval");
  }

  private Task openTask(Development d) {
    return engine.getTaskService().createTaskQuery().processInstanceId(d.pi.getId()).singleResult();
  }
}
