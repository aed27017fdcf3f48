package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist keeps each person's work in view and guards it (issue 11), in a zh-CN Chromium:
 *
 * <ul>
 *   <li>a reporting unit opens Tasklist on the filter that holds its report, the card names the
 *       unit, and after 认领 and a reload the task is still in that filter (it used to drop assigned
 *       tasks); 新建任务 is not offered (no CREATE on tasks);
 *   <li>the organizer's filled start form is not closed by Esc or a click on the backdrop unless
 *       the question "关闭后已填写的内容将丢失，确定关闭吗？" shown in the dialog is answered 放弃并关闭; 继续填写 keeps the
 *       input; an empty form closes at once.
 * </ul>
 *
 * Screenshots: {@code target/screenshots/ReviewMeetingTasklistBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class ReviewMeetingTasklistBrowserTest {

  private static final String UNIT = "hhunit07";
  private static final String UNIT_FILTER = "述职评议：本单位（组）待办";
  private static final By CREATE_TASK = By.cssSelector("li.create-task-action");
  private static final By DIALOG = By.cssSelector(".modal-dialog");
  private static final By QUESTION = By.id("partyunion-discard-question");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aUnitKeepsItsClaimedReportInViewAndIsOfferedNoNewTask(Browser browser) {
    MeetingFixture fixture = new MeetingFixture(engine, jdbc);
    ProcessInstance meeting = fixture.startSmall(List.of(UNIT), List.of("hhrater01", "hhrater06"));
    String taskId = fixture.reportTask(meeting, UNIT).getId();
    String unitName =
        jdbc.queryForObject(
            "SELECT unit_name FROM rm_unit WHERE unit_code = ?", String.class, UNIT);

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", UNIT, HttpApi.DEMO_PASSWORD);
    browser.visible(CamundaWebapps.activeFilter(UNIT_FILTER));
    browser.screenshot("opens-on-the-units-filter");
    assertThat(browser.driver().findElements(CREATE_TASK))
        .allSatisfy(item -> assertThat(item.isDisplayed()).isFalse());

    webapps.sortNewestFirst();
    By card = CamundaWebapps.taskCard(taskId);
    assertThat(browser.visible(card).getText()).contains("述职单位").contains(unitName);
    webapps.openTaskById(taskId);
    webapps.claimTask();
    browser.screenshot("claimed");

    browser.driver().navigate().refresh();
    browser.visible(CamundaWebapps.activeFilter(UNIT_FILTER));
    browser.visible(card);
    browser.screenshot("claimed-task-still-in-the-filter-after-reload");
  }

  @Test
  void aFilledStartFormAsksBeforeEscOrTheBackdropDropsIt(Browser browser) {
    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", "hhoffice01", HttpApi.DEMO_PASSWORD);
    webapps.openStartForm("产改述职评议会（红河州）");
    webapps.fillText("Field_year", "2031");

    pressEsc(browser);
    assertThat(browser.visible(QUESTION).getText()).contains("关闭后已填写的内容将丢失，确定关闭吗？");
    browser.screenshot("esc-asks");
    browser.click(By.cssSelector(".partyunion-keep"));
    browser.gone(QUESTION);
    assertThat(webapps.value("Field_year", "")).isEqualTo("2031");

    browser.script("document.querySelector('[uib-modal-window]').click();");
    browser.visible(QUESTION);
    browser.click(By.cssSelector(".partyunion-keep"));
    assertThat(webapps.value("Field_year", "")).isEqualTo("2031");
    browser.screenshot("backdrop-click-kept-the-form");

    pressEsc(browser);
    browser.click(By.cssSelector(".partyunion-discard"));
    browser.gone(DIALOG);
    browser.screenshot("discard-confirmed-dialog-closed");

    // an empty form closes without a question
    webapps.openStartForm("产改述职评议会（红河州）");
    browser.screenshot("empty-form-again");
    pressEsc(browser);
    browser.gone(DIALOG);
  }

  @Test
  void theConfirmationFormShowsTheRankedTableAndLinksToTheMeetingsPage(Browser browser) {
    MeetingFixture fixture = new MeetingFixture(engine, jdbc);
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentRateAndTally(
        meeting, (unit, rater) -> unit.equals("hhunit01") ? Grade.EXCELLENT : Grade.FAIR);
    String taskId = fixture.open(meeting, "Task_ConfirmResults").get(0).getId();

    CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
    webapps.login("tasklist", "hhoffice01", HttpApi.DEMO_PASSWORD);
    webapps.openTaskById(taskId);
    webapps.claimTask();
    By rows = By.cssSelector("#fjs-form-Table_Results tbody tr, .fjs-table tbody tr");
    browser.until("results table shown", d -> d.findElements(rows).size() == 2);
    List<String> first =
        browser.driver().findElements(rows).get(0).findElements(By.tagName("td")).stream()
            .map(cell -> cell.getText().trim())
            .toList();
    assertThat(first.subList(0, 4)).containsExactly("1", "个旧市", "100.00", "好");
    assertThat(first.get(4)).isEqualTo("好 100% · 较好 0% · 一般 0% · 差 0%");
    assertThat(browser.visible(By.cssSelector(".fjs-form-field-text a")).getAttribute("href"))
        .endsWith("/workbench/review-meetings/" + meeting.getId());
    browser.screenshot("confirmation-table");
  }

  private static void pressEsc(Browser browser) {
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
  }
}
