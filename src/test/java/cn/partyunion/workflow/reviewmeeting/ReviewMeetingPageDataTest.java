package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the workbench's review-meeting page (issue 10, page 6) reads, over real HTTP as the demo
 * users: the meetings by year with their counts, the header, the results with each panel's score,
 * weight and grade counts, the export's columns; hhoffice01 and hhdeputy01 the whole table,
 * hhunit01 its own row (another unit's report → 403, a meeting it is not in → 403), orgdept01
 * nothing.
 */
@WorkflowSpringTest
class ReviewMeetingPageDataTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  MeetingFixture fixture;
  HttpApi http;

  @BeforeEach
  void setUp() {
    fixture = new MeetingFixture(engine, jdbc);
    http = new HttpApi(port, "");
  }

  private JsonNode ok(String user, String path) {
    HttpApi.Response response = http.call("GET", user, path, null);
    assertThat(response.status()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private int status(String user, String path) {
    return http.call("GET", user, path, null).status();
  }

  private static List<String> ids(JsonNode meetings) {
    List<String> ids = new ArrayList<>();
    meetings.forEach(m -> ids.add(m.path("processInstanceId").asText()));
    return ids;
  }

  /**
   * Units hhunit01 and hhunit02, raters hhrater01 (workers) and hhrater06 (managers): hhunit01 gets
   * 好 from the workers and 较好 from the managers (100 × 0.5 + 80 × 0.5 = 90, 好), hhunit02 一般 from
   * both (60, 一般).
   */
  private ProcessInstance talliedMeeting() {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentRateAndTally(
        meeting,
        (unit, rater) ->
            unit.equals("hhunit01")
                ? (rater.equals("hhrater01") ? Grade.EXCELLENT : Grade.GOOD)
                : Grade.FAIR);
    return meeting;
  }

  @Test
  void theOrganizerAndTheDeputySecretaryReadEveryMeetingAndTheWholeTable() throws Exception {
    ProcessInstance open =
        fixture.startSmall(List.of("hhunit02", "hhunit03"), List.of("hhrater01", "hhrater06"));
    int openYear = (Integer) engine.getRuntimeService().getVariable(open.getId(), "year");
    JsonNode openSummary = ok("hhoffice01", "/api/review-meetings/" + open.getId());
    assertThat(openSummary.path("tallied").asBoolean()).isFalse();
    assertThat(openSummary.path("status").asText()).isEqualTo("OPEN");
    assertThat(openSummary.path("statusLabel").asText()).isEqualTo("进行中");
    assertThat(openSummary.path("reportsPending").asInt()).isEqualTo(2);
    assertThat(openSummary.path("title").asText()).isEqualTo(openYear + "年度产改述职评议会");
    HttpApi.Response early =
        http.call("GET", "hhoffice01", "/api/review-meetings/" + open.getId() + "/results", null);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().path("message").asText()).isEqualTo("该会议尚未计分。");
    engine.getRuntimeService().deleteProcessInstance(open.getId(), "test finished");

    ProcessInstance meeting = talliedMeeting();
    int year = (Integer) engine.getRuntimeService().getVariable(meeting.getId(), "year");
    fixture.confirm(meeting);

    JsonNode all = ok("hhoffice01", "/api/review-meetings");
    assertThat(ids(all)).contains(meeting.getId(), open.getId());
    assertThat(ids(all).indexOf(meeting.getId())).isLessThan(ids(all).indexOf(open.getId()));
    JsonNode ofYear = ok("hhdeputy01", "/api/review-meetings?year=" + year);
    assertThat(ids(ofYear)).containsExactly(meeting.getId());
    JsonNode summary = ofYear.get(0);
    assertThat(summary.path("year").asInt()).isEqualTo(year);
    assertThat(summary.path("meetingDate").asText()).isEqualTo(year + "-12-20");
    assertThat(summary.path("status").asText()).isEqualTo("FED_BACK");
    assertThat(summary.path("statusLabel").asText()).isEqualTo("已确认反馈");
    assertThat(summary.path("tallied").asBoolean()).isTrue();
    assertThat(summary.path("unitCount").asInt()).isEqualTo(2);
    assertThat(summary.path("reportsSubmitted").asInt()).isEqualTo(2);
    assertThat(summary.path("workerRaters").asInt()).isEqualTo(1);
    assertThat(summary.path("managerRaters").asInt()).isEqualTo(1);
    assertThat(summary.path("comments").asInt()).isEqualTo(2);
    assertThat(summary.path("ratings").asInt()).isEqualTo(4);
    assertThat(summary.has("id")).isFalse();
    assertThat(
            ok("hhoffice01", "/api/review-meetings/" + meeting.getId()).path("unitCount").asInt())
        .isEqualTo(2);

    String results = "/api/review-meetings/" + meeting.getId() + "/results";
    JsonNode table = ok("hhoffice01", results);
    assertThat(table).hasSize(2);
    JsonNode first = table.get(0);
    assertThat(first.path("unitCode").asText()).isEqualTo("hhunit01");
    assertThat(first.path("score").decimalValue()).isEqualByComparingTo("90");
    assertThat(first.path("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(first.path("gradeLabel").asText()).isEqualTo("好");
    assertThat(first.path("rank").asInt()).isEqualTo(1);
    assertThat(first.path("comment").asText()).isEqualTo("点评：hhunit01 工作扎实，继续努力。");
    assertThat(first.path("workerScore").decimalValue()).isEqualByComparingTo("100");
    assertThat(first.path("managerScore").decimalValue()).isEqualByComparingTo("80");
    assertThat(first.path("workerWeight").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(first.path("managerWeight").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(first.path("workerRatings").toString())
        .isEqualTo("{\"EXCELLENT\":1,\"GOOD\":0,\"FAIR\":0,\"POOR\":0}");
    assertThat(first.path("managerRatings").toString())
        .isEqualTo("{\"EXCELLENT\":0,\"GOOD\":1,\"FAIR\":0,\"POOR\":0}");
    assertThat(first.path("reportStatusLabel").asText()).isEqualTo("按时提交");
    assertThat(table.get(1).path("gradeLabel").asText()).isEqualTo("一般");
    assertThat(table.toString()).doesNotContain("hhrater");
    assertThat(ok("hhdeputy01", results)).hasSize(2);

    MockHttpServletResponse xlsx =
        http.perform("hhoffice01", MockMvcRequestBuilders.get(results + ".xlsx"));
    assertThat(xlsx.getStatus()).isEqualTo(200);
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).isEqualTo(ResultsSpreadsheet.HEADERS);
      assertThat(headers).contains("产业工人代表平均分", "产业工人代表权重", "企业管理者代表权重", "州委副书记点评");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Row row = sheet.getRow(1);
      assertThat(row.getCell(headers.indexOf("述职单位")).getStringCellValue()).isEqualTo("个旧市");
      assertThat(row.getCell(headers.indexOf("产业工人代表·好")).getNumericCellValue()).isEqualTo(1.0);
      assertThat(row.getCell(headers.indexOf("企业管理者代表·较好")).getNumericCellValue()).isEqualTo(1.0);
      assertThat(row.getCell(headers.indexOf("产业工人代表平均分")).getNumericCellValue()).isEqualTo(100.0);
      assertThat(row.getCell(headers.indexOf("企业管理者代表平均分")).getNumericCellValue()).isEqualTo(80.0);
      assertThat(row.getCell(headers.indexOf("产业工人代表权重")).getNumericCellValue()).isEqualTo(0.5);
      assertThat(row.getCell(headers.indexOf("综合得分")).getNumericCellValue()).isEqualTo(90.0);
      assertThat(row.getCell(headers.indexOf("总体等次")).getStringCellValue()).isEqualTo("好");
    }

    HttpApi.Response badYear =
        http.call("GET", "hhoffice01", "/api/review-meetings?year=abc", null);
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().path("message").asText()).contains("year");
    assertThat(status("hhoffice01", "/api/review-meetings/nosuchmeeting")).isEqualTo(404);
  }

  @Test
  void aUnitReadsOnlyItsOwnMeetingsAndRow() {
    ProcessInstance meeting = talliedMeeting();
    String results = "/api/review-meetings/" + meeting.getId() + "/results";
    assertThat(status("hhunit01", results)).isEqualTo(409);
    fixture.confirm(meeting);
    ProcessInstance other =
        fixture.startSmall(List.of("hhunit03"), List.of("hhrater01", "hhrater06"));

    JsonNode meetings = ok("hhunit01", "/api/review-meetings");
    assertThat(ids(meetings)).contains(meeting.getId()).doesNotContain(other.getId());
    assertThat(
            ok("hhunit01", "/api/review-meetings/" + meeting.getId()).path("tallied").asBoolean())
        .isTrue();
    assertThat(status("hhunit01", "/api/review-meetings/" + other.getId())).isEqualTo(403);
    assertThat(status("hhunit01", "/api/review-meetings/" + other.getId() + "/results"))
        .isEqualTo(403);

    JsonNode own = ok("hhunit01", results);
    assertThat(own).hasSize(1);
    JsonNode row = own.get(0);
    assertThat(row.path("unitCode").asText()).isEqualTo("hhunit01");
    assertThat(row.path("rank").asInt()).isEqualTo(1);
    assertThat(row.path("score").decimalValue()).isEqualByComparingTo("90");
    assertThat(row.path("gradeLabel").asText()).isEqualTo("好");
    assertThat(row.path("workerScore").decimalValue()).isEqualByComparingTo("100");
    assertThat(row.path("managerScore").decimalValue()).isEqualByComparingTo("80");
    assertThat(row.path("workerWeight").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(row.path("managerRatings").path("GOOD").asInt()).isEqualTo(1);
    assertThat(row.path("comment").asText()).contains("hhunit01");
    assertThat(own.toString()).doesNotContain("hhunit02", "hhrater");

    String reports = "/api/review-meetings/" + meeting.getId() + "/reports/";
    assertThat(status("hhunit01", reports + "hhunit01")).isEqualTo(200);
    assertThat(status("hhunit01", reports + "hhunit02")).isEqualTo(403);
    assertThat(status("hhunit01", results + ".xlsx")).isEqualTo(403);
    assertThat(
            StreamSupport.stream(meetings.spliterator(), false)
                .allMatch(m -> m.path("unitCount").asInt() > 0))
        .isTrue();
    engine.getRuntimeService().deleteProcessInstance(other.getId(), "test finished");
  }

  @Test
  void otherRolesAreRefused() {
    ProcessInstance meeting = talliedMeeting();
    for (String path :
        List.of(
            "/api/review-meetings",
            "/api/review-meetings/" + meeting.getId(),
            "/api/review-meetings/" + meeting.getId() + "/results",
            "/api/review-meetings/" + meeting.getId() + "/results.xlsx")) {
      HttpApi.Response response = http.call("GET", "orgdept01", path, null);
      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.json().path("message").asText()).as(path).isNotBlank();
    }
    assertThat(status("hhrater01", "/api/review-meetings")).isEqualTo(403);
    engine.getRuntimeService().deleteProcessInstance(meeting.getId(), "test finished");
  }
}
