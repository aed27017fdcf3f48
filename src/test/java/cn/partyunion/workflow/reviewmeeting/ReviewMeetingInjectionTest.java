package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks on the review meeting through the engine's REST API (issue 8): a unit that reports as
 * another unit or names itself deputy secretary with its own rater panel, a malformed panel at the
 * start, and text up to and over a column or with emoji. Each is refused with a Chinese message
 * (or, at the limit, stored whole) and nothing else changes.
 */
@WorkflowSpringTest
class ReviewMeetingInjectionTest {

  private static final String START = "/process-definition/key/reviewMeeting/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  private MeetingFixture fixture;
  private HttpApi rest;

  @BeforeEach
  void setUp() {
    fixture = new MeetingFixture(engine, jdbc);
    rest = new HttpApi(port, "/engine-rest");
  }

  @Test
  void aUnitCannotReportAsAnotherUnitOrTakeOverTheComments() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    Task report = fixture.reportTask(meeting, "hhunit01");
    assertRefused(
        submit(
            "hhunit01",
            report,
            Map.of("reportSummary", MeetingFixture.SUMMARY, "unitCode", "hhunit02")),
        "unitCode");
    assertRefused(
        submit(
            "hhunit01",
            report,
            Map.of(
                "reportSummary",
                MeetingFixture.SUMMARY,
                "deputySecretary",
                "hhunit01",
                "raters",
                "hhrater01")),
        "deputySecretary");
    assertThat(fixture.reportTask(meeting, "hhunit01")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "deputySecretary"))
        .isEqualTo("hhdeputy01");
    assertThat(submit("hhunit01", report, Map.of("reportSummary", MeetingFixture.SUMMARY)).status())
        .isEqualTo(204);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"value\": \"{\\\"a\\\": 1}\", \"type\": \"Json\"}",
        "{\"value\": \"[1, 2]\", \"type\": \"Json\"}",
        "{\"value\": \"[\\\"hhrater01\\\"\", \"type\": \"Json\"}",
        "{\"value\": 7, \"type\": \"Integer\"}",
        "{\"value\": \"rO0ABXQAA2FiYw==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}"
      })
  void aMalformedPanelIsRefusedWithoutAnIncident(String raters) throws Exception {
    int year = fixture.freeYear();
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("year", year);
    variables.put("meetingDate", year + "-12-20");
    variables.put("raters", json.readTree(raters));
    HttpApi.Response response = rest.call("POST", "hhoffice01", START, RestForms.body(variables));
    assertRefused(response, "评议代表");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(incidents);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_meeting WHERE meeting_year = ?", Integer.class, year))
        .isZero();
  }

  @Test
  void remarksUpToTheColumnAreStoredLongerOnesAndEmojiRefused() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    HttpApi api = new HttpApi(port, "/api");
    String sheet = "/review-meetings/" + meeting.getId() + "/sheet";
    assertRefused(
        api.call(
            "PUT",
            "hhrater01",
            sheet,
            ReviewMeetingValidationTest.sheetBody("hhunit01", "GOOD", "好".repeat(501))),
        "不能超过 500 个字");
    assertRefused(
        api.call(
            "PUT",
            "hhrater01",
            sheet,
            ReviewMeetingValidationTest.sheetBody("hhunit01", "GOOD", "\uD83D\uDC4D".repeat(300))),
        "表情符号");
    String remark = "鼎".repeat(500);
    assertThat(
            api.call(
                    "PUT",
                    "hhrater01",
                    sheet,
                    ReviewMeetingValidationTest.sheetBody("hhunit01", "GOOD", remark))
                .status())
        .isEqualTo(200);
    assertThat(api.call("POST", "hhrater01", sheet + "/submit", null).status()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "SELECT remark FROM rm_rating WHERE rater_id = 'hhrater01'" + " AND meeting_id = ?",
                String.class,
                fixture.meetingId(meeting)))
        .isEqualTo(remark);
  }

  private HttpApi.Response submit(String user, Task task, Map<String, Object> variables) {
    return rest.call(
        "POST", user, "/task/" + task.getId() + "/submit-form", RestForms.body(variables));
  }

  private static void assertRefused(HttpApi.Response response, String mentioned) {
    Refusals.assertRefused(response, 400, mentioned);
  }
}
