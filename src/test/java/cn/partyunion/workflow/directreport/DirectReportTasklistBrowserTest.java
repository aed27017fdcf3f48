package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct-report work stays in view in Tasklist and its lights cannot be switched off (issue 11), in
 * a zh-CN Chromium:
 *
 * <ul>
 *   <li>an enterprise whose nomination came back opens Tasklist on 本单位待办, where the returned case
 *       waits (not on an empty 我的待办), and the card names the candidate and the enterprise;
 *   <li>a liaison sees the due date of their review but is offered neither its ✕ nor its date
 *       picker (the engine would refuse the change: the overdue light counts from that date).
 * </ul>
 *
 * Uses ent09 / liaison09, which no other browser test uses. Screenshots: {@code
 * target/screenshots/DirectReportTasklistBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class DirectReportTasklistBrowserTest {

  private static final String ENTERPRISE = "ent09";
  private static final String LIAISON = "liaison09";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aReturnedNominationOpensTasklistOnTheUnitsFilterWithTheCandidateOnItsCard(Browser browser) {
    ProcessInstance pi = nominate();
    Task review = openTask(pi);
    engine
        .getTaskService()
        .complete(
            review.getId(),
            Variables.createVariables()
                .putValue("decision", "RETURN")
                .putValue("comment", "请补充获奖情况"));
    Task returned = openTask(pi);
    assertThat(returned.getTaskDefinitionKey()).isEqualTo("Task_ResubmitNomination");

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", ENTERPRISE, HttpApi.DEMO_PASSWORD);
    browser.visible(CamundaWebapps.activeFilter("本单位待办"));
    browser.screenshot("opens-on-the-units-filter");
    webapps.sortNewestFirst();
    String card = browser.visible(CamundaWebapps.taskCard(returned.getId())).getText();
    assertThat(card).contains(candidateName(pi)).contains(enterpriseName());
    browser.screenshot("returned-case-card");
  }

  @Test
  void aLiaisonIsNotOfferedToClearOrMoveTheDueDateOrToEditTheGroupsOfTheirReview(Browser browser) {
    ProcessInstance pi = nominate();
    Task review = openTask(pi);
    assertThat(review.getDueDate()).isNotNull();

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", LIAISON, HttpApi.DEMO_PASSWORD);
    browser.visible(CamundaWebapps.activeFilter("我的待办"));
    webapps.sortNewestFirst();
    webapps.openTaskById(review.getId());
    By dueDate = By.cssSelector("[cam-tasklist-task-meta] .due-date");
    assertThat(browser.visible(dueDate).getText()).contains("天后");
    browser.until(
        "the due date is shown only",
        d -> "none".equals(d.findElement(dueDate).getCssValue("pointer-events")));
    assertThat(browser.driver().findElements(By.cssSelector("a.reset-due-date")))
        .allSatisfy(reset -> assertThat(reset.isDisplayed()).isFalse());
    // the review has no candidate group: Tasklist's "添加用户组" is not offered
    assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task-meta] li.groups")))
        .isNotEmpty()
        .allSatisfy(groups -> assertThat(groups.isDisplayed()).isFalse());
    browser.screenshot("due-date-and-groups-shown-not-editable");
  }

  private ProcessInstance nominate() {
    Map<String, Object> variables = new java.util.HashMap<>(Nominations.valid());
    variables.put("enterpriseCode", ENTERPRISE);
    return engine.getRuntimeService().startProcessInstanceByKey("directReport", variables);
  }

  private Task openTask(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private String candidateName(ProcessInstance pi) {
    return (String) engine.getRuntimeService().getVariable(pi.getId(), "candidateName");
  }

  private String enterpriseName() {
    return jdbc.queryForObject(
        "SELECT name FROM dr_enterprise WHERE code = ?", String.class, ENTERPRISE);
  }
}
