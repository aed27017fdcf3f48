package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stipend's tasks can be told apart in Tasklist and its approval points to a page (issue 11),
 * in a zh-CN Chromium: a town union's assessment cards name the chair, the enterprise and the
 * quarter; once the last chair is assessed the city union's approval is there at once (no hourly
 * check), and its form links to the workbench's quarter page instead of naming an API path.
 * Screenshots: {@code target/screenshots/ChairStipendTasklistBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class ChairStipendTasklistBrowserTest {

  private static final String QUARTER = "1987Q2";
  private static final String TOWN = "jytown06";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;

  @Test
  void aTownsCardsNameChairEnterpriseAndQuarterAndTheApprovalLinksToItsPage(Browser browser) {
    StipendFixture fx = new StipendFixture(engine, register, quarters);
    fx.eligible("bt87a", TOWN, 300, QUARTER);
    fx.eligible("bt87b", TOWN, 80, QUARTER);
    ProcessInstance pi = fx.start(QUARTER);
    fx.runJobs(pi.getId());
    fx.selfReport(pi.getId(), "bt87a");
    fx.selfReport(pi.getId(), "bt87b");
    Task first = fx.chairTask(pi.getId(), "Task_Assess", "bt87a");
    Task second = fx.chairTask(pi.getId(), "Task_Assess", "bt87b");

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", TOWN, HttpApi.DEMO_PASSWORD);
    browser.visible(CamundaWebapps.activeFilter("本镇（街道）、园区工会主席考核"));
    webapps.sortNewestFirst();
    assertThat(expandedCard(browser, first.getId()))
        .contains("测试主席bt87a", "江阴测试企业bt87a有限公司", QUARTER);
    assertThat(expandedCard(browser, second.getId()))
        .contains("测试主席bt87b", "江阴测试企业bt87b有限公司", QUARTER);
    browser.screenshot("town-cards-tell-the-chairs-apart");

    fx.assess(pi.getId(), "bt87a", 90);
    fx.assess(pi.getId(), "bt87b", 85);
    fx.runJobs(pi.getId());
    Task approval = fx.tasks(pi.getId(), "Task_ApproveList").get(0);

    webapps.logout();
    webapps.login("tasklist", "jycity01", HttpApi.DEMO_PASSWORD);
    browser.visible(CamundaWebapps.activeFilter("季度津贴名单审批"));
    webapps.sortNewestFirst();
    assertThat(browser.visible(CamundaWebapps.taskCard(approval.getId())).getText())
        .contains(QUARTER);
    webapps.openTaskById(approval.getId());
    String form = browser.visible(By.cssSelector(".fjs-container form.fjs-form")).getText();
    assertThat(form).doesNotContain("/api/").doesNotContain("GET ");
    assertThat(browser.visible(By.cssSelector(".fjs-form-field-text a")).getAttribute("href"))
        .contains("/workbench/chair-stipend/quarters");
    browser.screenshot("approval-links-to-the-quarter-page");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
  }

  /** The card's text with all its variables (Tasklist shows two until the card is expanded). */
  private static String expandedCard(Browser browser, String taskId) {
    By card = CamundaWebapps.taskCard(taskId);
    browser.visible(card).findElement(By.cssSelector(".shutter a")).click();
    browser.until(
        "card expanded",
        d -> d.findElement(card).findElements(By.cssSelector(".expanded")).size() > 0);
    return browser.visible(card).getText();
  }
}
