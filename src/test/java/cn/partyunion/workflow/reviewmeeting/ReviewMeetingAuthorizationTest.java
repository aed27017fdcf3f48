package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.security.DueDateGuardPlugin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who sees and does what (DOMAIN §4, §5): a unit neither sees nor completes another unit's report
 * task and reads neither its report nor its result; a rater cannot complete another rater's task;
 * the organizer and deputy secretary read and export the whole table; anonymous callers get 401.
 */
@WorkflowSpringTest
class ReviewMeetingAuthorizationTest {

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired ReviewMeetingMapper mapper;
  @Autowired RatingSheets sheets;
  @LocalServerPort int port;
  MeetingFixture fixture;
  HttpApi rest;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new MeetingFixture(engine, jdbc);
    rest = new HttpApi(port, "/engine-rest");
  }

  ResultActions api(String user, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", HttpApi.basic(user)));
  }

  JsonNode restJson(String user, String path) throws Exception {
    var response = rest.call("GET", user, path, null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void unitsSeeAndWorkOnlyTheirOwnReportTask() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    Task first = fixture.reportTask(meeting, "hhunit01");

    JsonNode visible = restJson("hhunit02", "/task?processInstanceId=" + meeting.getId());
    assertThat(visible).hasSize(1);
    assertThat(visible.get(0).path("name").asText()).isEqualTo("提交述职报告：开远市");
    assertThat(rest.call("GET", "hhunit02", "/task/" + first.getId(), null).status())
        .isEqualTo(404);
    assertThat(
            rest.call("GET", "hhunit02", "/task/" + first.getId() + "/form-variables", null)
                .status())
        .isIn(403, 404);
    String report =
        "{\"variables\":{\"reportSummary\":{\"value\":\"" + MeetingFixture.SUMMARY + "\"}}}";
    assertThat(
            rest.call("POST", "hhunit02", "/task/" + first.getId() + "/submit-form", report)
                .status())
        .isIn(403, 404);
    assertThat(
            rest.call("POST", "hhrater01", "/task/" + first.getId() + "/submit-form", report)
                .status())
        .isIn(403, 404);
    assertThat(fixture.reportTask(meeting, "hhunit01")).isNotNull();

    assertThat(rest.call("GET", "hhunit01", "/task/" + first.getId(), null).status())
        .isEqualTo(200);
    assertThat(
            rest.call("POST", "hhunit01", "/task/" + first.getId() + "/submit-form", report)
                .status())
        .isEqualTo(204);

    String reports = "/api/review-meetings/" + meeting.getId() + "/reports/";
    api("hhunit01", reports + "hhunit01")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.reportSummary").value(MeetingFixture.SUMMARY));
    api("hhunit02", reports + "hhunit01")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("无权查看其他单位的述职报告。"));
    api("hhrater01", reports + "hhunit01").andExpect(status().isOk());
    api("hhrater02", reports + "hhunit01").andExpect(status().isForbidden());
    api("hhdeputy01", reports + "hhunit02")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"));
    api("hhoffice01", reports + "hhunit03").andExpect(status().isNotFound());
  }

  /**
   * A unit that claimed its report task may neither clear nor move the report's due date (the LATE
   * rule and the overdue light depend on it; issue 11): 403 with the guard's message, the due date
   * unchanged. An administrator may.
   */
  @Test
  void aUnitCannotClearOrMoveTheDueDateOfItsReport() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    Task report = fixture.reportTask(meeting, "hhunit01");
    assertThat(report.getDueDate()).isNotNull();
    assertThat(
            rest.call(
                    "POST",
                    "hhunit01",
                    "/task/" + report.getId() + "/claim",
                    "{\"userId\":\"hhunit01\"}")
                .status())
        .isEqualTo(204);
    for (String due : java.util.Arrays.asList(null, "2099-12-31T00:00:00.000+0800")) {
      var update = rest.call("PUT", "hhunit01", "/task/" + report.getId(), taskHeader(report, due));
      assertThat(update.status()).as(update.body()).isEqualTo(403);
      assertThat(json.readTree(update.body()).path("message").asText())
          .isEqualTo(DueDateGuardPlugin.REFUSAL);
      assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).singleResult())
          .extracting(Task::getDueDate, Task::getAssignee)
          .containsExactly(report.getDueDate(), "hhunit01");
    }
    var byAdmin =
        rest.call(
            "PUT",
            "admin",
            "/task/" + report.getId(),
            taskHeader(report, "2099-12-31T00:00:00.000+0800"));
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(204);
  }

  /** Tasklist's save of a task's header (PUT /task/{id}) with this due date. */
  private String taskHeader(Task task, String due) throws Exception {
    Map<String, Object> header = new java.util.HashMap<>();
    header.put("name", task.getName());
    header.put("assignee", "hhunit01");
    header.put("priority", task.getPriority());
    header.put("due", due);
    return json.writeValueAsString(header);
  }

  @Test
  void aRaterCannotCompleteAnotherRatersSheet() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    Task ofRater01 =
        fixture.open(meeting, "Task_Rate").stream()
            .filter(task -> task.getAssignee().equals("hhrater01"))
            .findFirst()
            .orElseThrow();
    String grade = "{\"variables\":{}}";

    assertThat(restJson("hhrater06", "/task?processInstanceId=" + meeting.getId()))
        .extracting(task -> task.path("assignee").asText())
        .containsOnly("hhrater06");
    assertThat(
            rest.call("POST", "hhrater06", "/task/" + ofRater01.getId() + "/submit-form", grade)
                .status())
        .isIn(403, 404);
    assertThat(
            rest.call("POST", "hhdeputy01", "/task/" + ofRater01.getId() + "/submit-form", grade)
                .status())
        .isIn(403, 404);
    assertThat(fixture.count("rm_rating", meeting)).isZero();
    // nor read or write it through the sheet API: each rater has only their own sheet
    String sheet = "/api/review-meetings/" + meeting.getId() + "/sheet";
    api("hhdeputy01", sheet).andExpect(status().isForbidden());
    api("hhoffice01", sheet).andExpect(status().isForbidden());
    api("hhrater06", sheet)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[0].grade").doesNotExist());
    MeetingRecord record = mapper.findMeeting(meeting.getId());
    sheets.saveDraft(record, "hhrater01", List.of(Map.of("unitCode", "hhunit01", "grade", "POOR")));
    api("hhrater06", sheet).andExpect(jsonPath("$.lines[0].grade").doesNotExist());
    assertThat(
            rest.call("POST", "hhrater01", "/task/" + ofRater01.getId() + "/submit-form", grade)
                .status())
        .isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "SELECT rater_id FROM rm_rating WHERE meeting_id = ?",
                String.class,
                fixture.meetingId(meeting)))
        .isEqualTo("hhrater01");
  }

  @Test
  void resultsAreReadByRoleAndEachUnitSeesOnlyItsOwn() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    String results = "/api/review-meetings/" + meeting.getId() + "/results";
    api("hhoffice01", results)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("该会议尚未计分。"));

    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentRateAndTally(
        meeting, (unit, rater) -> unit.equals("hhunit01") ? Grade.EXCELLENT : Grade.FAIR);
    api("hhoffice01", results)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].unitCode").value("hhunit01"))
        .andExpect(jsonPath("$[0].unitName").value("个旧市"))
        .andExpect(jsonPath("$[0].score").value(100.0))
        .andExpect(jsonPath("$[0].grade").value("EXCELLENT"))
        .andExpect(jsonPath("$[0].rank").value(1))
        .andExpect(jsonPath("$[0].comment").value("点评：hhunit01 工作扎实，继续努力。"))
        .andExpect(jsonPath("$[1].grade").value("FAIR"));
    api("hhunit01", results).andExpect(status().isConflict());

    fixture.confirm(meeting);
    api("hhunit02", results)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].unitCode").value("hhunit02"))
        .andExpect(jsonPath("$[0].gradeLabel").value("一般"))
        .andExpect(jsonPath("$[0].rank").value(2));
    api("hhdeputy01", results).andExpect(jsonPath("$.length()").value(2));
    api("hhunit03", results).andExpect(status().isForbidden());
    api("hhrater01", results).andExpect(status().isForbidden());
    api("hhunit01", results + ".xlsx").andExpect(status().isForbidden());
    api("hhoffice01", "/api/review-meetings/nosuchmeeting/results")
        .andExpect(status().isNotFound());

    byte[] xlsx =
        api("hhoffice01", results + ".xlsx")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).isEqualTo(ResultsSpreadsheet.HEADERS);
      assertThat(headers).contains("排名", "述职单位", "综合得分", "总体等次", "州委副书记点评");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("个旧市");
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
      assertThat(first.getCell(16).getNumericCellValue()).isEqualTo(100.0);
      assertThat(first.getCell(17).getStringCellValue()).isEqualTo("好");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void anonymousCallersAndOtherRolesCannotStartOrRead() throws Exception {
    mvc.perform(get("/api/review-meetings/any/results")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/review-meetings/any/results.xlsx")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/review-meetings/any/reports/hhunit01"))
        .andExpect(status().isUnauthorized());
    String form =
        "{\"variables\":{\"year\":{\"value\":"
            + fixture.freeYear()
            + "},\"meetingDate\":{\"value\":\""
            + fixture.freeYear()
            + "-12-20\"}}}";
    String start = "/process-definition/key/reviewMeeting/submit-form";
    assertThat(rest.call("POST", null, start, form).status()).isEqualTo(401);
    assertThat(rest.call("POST", "hhunit01", start, form).status()).isEqualTo(403);
    assertThat(rest.call("POST", "hhrater01", start, form).status()).isEqualTo(403);
  }
}
