package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service tasks that store the meeting's outcomes read what a form submitted from the scope
 * that holds the user task and its storing step (README "Where outcomes are stored"): one unit's
 * report instance, one rater's rating instance, the unit's review. A value never reaches another
 * unit's or rater's task, nor the process instance, and each row names the unit, the rater (the
 * rating task's assignee) and the signing user as the task completion did.
 */
@WorkflowSpringTest
class ReviewMeetingOutcomesTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  MeetingFixture fixture;
  HttpApi rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixture = new MeetingFixture(engine, jdbc);
    rest = new HttpApi(port, "/engine-rest");
  }

  @Test
  void eachReportIsReadFromItsUnitsInstanceAndSignedByTheSubmitter() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    Task first = fixture.reportTask(meeting, "hhunit01");
    Task second = fixture.reportTask(meeting, "hhunit02");

    assertThat(
            submit(
                    "hhunit02",
                    second,
                    Map.of(
                        "reportSummary",
                        MeetingFixture.SUMMARY + "开远市。",
                        "keyFigures",
                        "培训技能人才 300 人次"))
                .status())
        .isEqualTo(204);
    assertThat(fixture.tasks.getVariable(first.getId(), "reportSummary")).isNull();
    assertThat(fixture.tasks.getVariable(first.getId(), "keyFigures")).isNull();
    assertThat(fixture.runtime.getVariablesLocal(meeting.getId()))
        .doesNotContainKeys("reportSummary", "keyFigures");

    fixture.tasks.complete(
        first.getId(),
        Map.of("reportSummary", MeetingFixture.SUMMARY, "keyFigures", "培训技能人才 1200 人次"));
    assertThat(meeting)
        .hasPassed("Task_StoreReport", "EndEvent_ReportStored")
        .isWaitingAt("Task_RecordMissingReports");
    assertThat(
            jdbc.queryForList(
                "SELECT unit_code, status, report_summary, key_figures,"
                    + " submitted_by FROM rm_report WHERE meeting_id = ? ORDER BY unit_code",
                fixture.meetingId(meeting)))
        .extracting(
            row ->
                tuple(
                    row.get("UNIT_CODE"),
                    row.get("STATUS"),
                    row.get("REPORT_SUMMARY"),
                    row.get("KEY_FIGURES"),
                    row.get("SUBMITTED_BY")))
        .containsExactly(
            tuple("hhunit01", "SUBMITTED", MeetingFixture.SUMMARY, "培训技能人才 1200 人次", null),
            tuple(
                "hhunit02",
                "SUBMITTED",
                MeetingFixture.SUMMARY + "开远市。",
                "培训技能人才 300 人次",
                "hhunit02"));
  }

  @Test
  void sheetsAreStoredForTheirAssigneeAndTheCommentStaysOutOfTheRatersTasks() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    Task comment = fixture.open(meeting, "Task_Comment").get(0);
    Task ofRater01 = rating(meeting, "hhrater01");
    Task ofRater06 = rating(meeting, "hhrater06");

    assertThat(submit("hhdeputy01", comment, Map.of("comment", "点评：工作扎实。")).status())
        .isEqualTo(204);
    assertThat(fixture.tasks.getVariable(ofRater01.getId(), "comment")).isNull();
    assertThat(
            jdbc.queryForMap(
                "SELECT deputy_secretary_id, comment_text FROM rm_comment"
                    + " WHERE meeting_id = ?",
                fixture.meetingId(meeting)))
        .containsValues("hhdeputy01", "点评：工作扎实。");

    fixture.tasks.complete(
        ofRater01.getId(),
        Map.of(
            "ratings",
            List.of(Map.of("unitCode", "hhunit01", "grade", "EXCELLENT", "remark", "很好"))));
    assertThat(fixture.tasks.getVariable(ofRater06.getId(), "ratings")).isNull();
    HttpApi api = new HttpApi(port, "/api");
    String sheet = "/review-meetings/" + meeting.getId() + "/sheet";
    assertThat(
            api.call(
                    "POST",
                    "hhrater06",
                    sheet + "/submit",
                    "{\"ratings\":[{\"unitCode\":\"hhunit01\",\"grade\":\"GOOD\"}]}")
                .status())
        .isEqualTo(200);

    assertThat(
            jdbc.queryForList(
                "SELECT unit_code, rater_id, panel, grade, remark FROM rm_rating"
                    + " WHERE meeting_id = ? ORDER BY rater_id",
                fixture.meetingId(meeting)))
        .extracting(
            row ->
                tuple(
                    row.get("UNIT_CODE"),
                    row.get("RATER_ID"),
                    row.get("PANEL"),
                    row.get("GRADE"),
                    row.get("REMARK")))
        .containsExactly(
            tuple("hhunit01", "hhrater01", "WORKER", "EXCELLENT", "很好"),
            tuple("hhunit01", "hhrater06", "MANAGER", "GOOD", null));
    assertThat(meeting)
        .hasPassed(
            "Task_StoreComment",
            "Task_StoreRating",
            "EndEvent_RatingStored",
            "EndEvent_UnitReviewed")
        .isWaitingAt("Task_Tally");
    assertThat(fixture.runtime.getVariablesLocal(meeting.getId()))
        .doesNotContainKeys("comment", "ratings", "grade", "remark");
  }

  @Test
  void theConfirmationReachesTheGatewayAsABooleanWithItsReason() {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentRateAndTally(meeting, (unit, rater) -> Grade.GOOD);

    fixture.tasks.complete(
        fixture.open(meeting, "Task_ConfirmResults").get(0).getId(),
        Map.of("confirmed", "false", "recountReason", "权重已更正。"));
    assertThat(meeting).hasPassed("Task_RecordConfirmation").isWaitingAt("Task_Tally");
    assertThat(fixture.runtime.getVariable(meeting.getId(), "confirmed")).isEqualTo(false);
    assertThat(fixture.runtime.getVariable(meeting.getId(), "recountReason")).isEqualTo("权重已更正。");
  }

  private Task rating(ProcessInstance meeting, String rater) {
    return fixture.open(meeting, "Task_Rate").stream()
        .filter(task -> task.getAssignee().equals(rater))
        .findFirst()
        .orElseThrow();
  }

  private HttpApi.Response submit(String user, Task task, Map<String, Object> variables)
      throws Exception {
    return rest.call(
        "POST", user, "/task/" + task.getId() + "/submit-form", RestForms.body(variables));
  }
}
