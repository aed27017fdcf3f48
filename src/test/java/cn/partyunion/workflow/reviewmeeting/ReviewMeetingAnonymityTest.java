package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymity of the raters (issue 17): individual grades are for administrators only. Over real
 * HTTP, as the organizer hhoffice01, the deputy secretary hhdeputy01 and the unit hhunit01, no
 * answer of the application API (meetings, results, the export, reports, comments), the engine's
 * REST history (variables, details, tasks, activities, operation log) or its runtime variables
 * names a rater — so none holds a rater's id next to a grade — while the per-panel shares are
 * there; the administrator's audit list does show who gave which grade.
 */
@WorkflowSpringTest
class ReviewMeetingAnonymityTest {

  static final Pattern RATER_ID = Pattern.compile("hhrater\\d\\d");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  MeetingFixture fixture;
  HttpApi api;
  HttpApi rest;
  HttpApi root;

  @BeforeEach
  void setUp() {
    fixture = new MeetingFixture(engine, jdbc);
    api = new HttpApi(port, "/api");
    rest = new HttpApi(port, "/engine-rest");
    root = new HttpApi(port, "");
  }

  @Test
  void noAnswerToOrganizerDeputyOrUnitNamesARaterNextToAGrade() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentAll(meeting);
    String id = meeting.getId();
    // one sheet through the workbench's API (draft, then submit), one with the engine variable
    String sheet = "/review-meetings/" + id + "/sheet";
    assertThat(
            api.call(
                    "PUT",
                    "hhrater01",
                    sheet,
                    "{\"ratings\":[{\"unitCode\":\"hhunit01\",\"grade\":\"EXCELLENT\","
                        + "\"remark\":\"亮点突出\"},{\"unitCode\":\"hhunit02\",\"grade\":\"FAIR\"}]}")
                .status())
        .isEqualTo(200);
    assertThat(api.call("POST", "hhrater01", sheet + "/submit", null).status()).isEqualTo(200);
    fixture.tasks.complete(
        fixture.sheetTask(meeting, "hhrater06").getId(),
        Map.of(
            "ratings",
            List.of(
                Map.of("unitCode", "hhunit01", "grade", "GOOD"),
                Map.of("unitCode", "hhunit02", "grade", "POOR", "remark", "有待加强"))));
    fixture.executeJob(meeting, "Task_Tally");
    fixture.confirm(meeting);

    List<String> paths =
        List.of(
            "/api/review-meetings",
            "/api/review-meetings/" + id,
            "/api/review-meetings/" + id + "/results",
            "/api/review-meetings/" + id + "/reports/hhunit01",
            "/api/review-meetings/" + id + "/comments",
            "/api/review-meetings/" + id + "/sheet",
            "/api/review-meetings/" + id + "/ratings",
            "/engine-rest/history/variable-instance?processInstanceId=" + id,
            "/engine-rest/history/detail?processInstanceId=" + id,
            "/engine-rest/history/task?processInstanceId=" + id,
            "/engine-rest/history/activity-instance?processInstanceId=" + id,
            "/engine-rest/history/user-operation?processInstanceId=" + id,
            "/engine-rest/history/process-instance/" + id,
            "/engine-rest/variable-instance?processInstanceId=" + id);
    for (String user : List.of("hhoffice01", "hhdeputy01", "hhunit01")) {
      for (String path : paths) {
        HttpApi.Response answer = root.call("GET", user, path, null);
        assertThat(RATER_ID.matcher(answer.body()).find())
            .as("%s %s (%d): %s", user, path, answer.status(), answer.body())
            .isFalse();
      }
      assertThat(root.call("GET", user, "/api/review-meetings/" + id + "/ratings", null).status())
          .isEqualTo(403);
    }
    // the shares per panel are what they see
    assertThat(api.call("GET", "hhunit01", "/review-meetings/" + id + "/results", null).body())
        .contains("\"workerRatings\":{\"EXCELLENT\":1")
        .contains("\"managerRatings\":{\"EXCELLENT\":0,\"GOOD\":1");
    for (String user : List.of("hhoffice01", "hhdeputy01")) {
      assertThat(RATER_ID.matcher(spreadsheetText(user, id)).find()).as(user).isFalse();
    }

    // the administrator audits who gave which grade
    HttpApi.Response audit = api.call("GET", "admin", "/review-meetings/" + id + "/ratings", null);
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.json().findValuesAsText("raterId"))
        .containsExactlyInAnyOrder("hhrater01", "hhrater01", "hhrater06", "hhrater06");
  }

  /** Every cell of the results export, as text. */
  private String spreadsheetText(String user, String id) throws Exception {
    var response = api.perform(user, get("/review-meetings/" + id + "/results.xlsx"));
    assertThat(response.getStatus()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      book.forEach(
          sheet -> {
            for (Row row : sheet) {
              row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t'));
            }
          });
    }
    assertThat(text).contains("开远市");
    return text.toString();
  }
}
