package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input at the start form and at every task is refused through the engine's REST API (as
 * Tasklist submits it) with HTTP 400 and a Chinese message, and stores nothing.
 */
@WorkflowSpringTest
class ReviewMeetingValidationTest {

  static final String START = "/process-definition/key/reviewMeeting/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  MeetingFixture fixture;
  HttpApi rest;
  HttpApi api;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new MeetingFixture(engine, jdbc);
    rest = new HttpApi(port, "/engine-rest");
    api = new HttpApi(port, "/api");
  }

  /** A sheet body of one line (remark null: none; values JSON-escaped by the caller). */
  static String sheetBody(String unitCode, String grade, String remark) {
    return "{\"ratings\":[{\"unitCode\":\""
        + unitCode
        + "\",\"grade\":\""
        + grade
        + "\""
        + (remark == null ? "" : ",\"remark\":\"" + remark + "\"")
        + "}]}";
  }

  void refused(String path, String user, Map<String, Object> variables, String message) {
    Refusals.assertRefused(rest.call("POST", user, path, RestForms.body(variables)), 400, message);
  }

  int submit(String path, String user, Map<String, Object> variables) {
    return rest.call("POST", user, path, RestForms.body(variables)).status();
  }

  int meetings() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM rm_meeting", Integer.class);
  }

  Map<String, Object> start(int year) {
    return new LinkedHashMap<>(Map.of("year", year, "meetingDate", year + "-12-20"));
  }

  static Map<String, Object> jsonList(String array) {
    return Map.of("value", array, "type", "Json");
  }

  @Test
  void badStartFormsAreRefusedWithAMessageAndStoreNothing() throws Exception {
    int before = meetings();
    long instances =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("reviewMeeting")
            .count();
    int year = fixture.freeYear();
    LocalDate yesterday = LocalDate.now().minusDays(1);

    refused(
        START,
        "hhoffice01",
        Map.of("year", yesterday.getYear(), "meetingDate", yesterday.toString()),
        "已过");
    refused(
        START,
        "hhoffice01",
        Map.of(
            "year",
            LocalDate.now().getYear(),
            "meetingDate",
            LocalDate.now().plusDays(1).toString()),
        "会议日期过近");
    refused(START, "hhoffice01", Map.of("meetingDate", year + "-12-20"), "请填写评议年度");
    refused(
        START, "hhoffice01", Map.of("year", year - 3, "meetingDate", year + "-12-20"), "评议年度应为");
    refused(
        START,
        "hhoffice01",
        Map.of("year", year, "meetingDate", "20.12." + year),
        "格式应为 yyyy-MM-dd");
    Map<String, Object> emptyPanel = start(year);
    emptyPanel.put("raters", jsonList("[]"));
    refused(START, "hhoffice01", emptyPanel, "评议代表名单不能为空");
    Map<String, Object> workersOnly = start(year);
    workersOnly.put("raters", "hhrater01,hhrater02");
    refused(START, "hhoffice01", workersOnly, "同时包括产业工人代表和企业管理者代表");
    Map<String, Object> notARater = start(year);
    notARater.put("raters", "hhrater01,hhunit01");
    refused(START, "hhoffice01", notARater, "hhunit01 不是评议代表");
    Map<String, Object> twice = start(year);
    twice.put("reportingUnits", jsonList("[\"hhunit01\",\"hhunit02\",\"hhunit01\"]"));
    refused(START, "hhoffice01", twice, "述职单位重复：个旧市（hhunit01）");
    Map<String, Object> unknown = start(year);
    unknown.put("reportingUnits", jsonList("[\"hhunit99\"]"));
    refused(START, "hhoffice01", unknown, "未登记的述职单位：hhunit99");
    Map<String, Object> wrongDeputy = start(year);
    wrongDeputy.put("deputySecretary", "hhrater01");
    refused(START, "hhoffice01", wrongDeputy, "不是点评的州委副书记");

    assertThat(meetings()).isEqualTo(before);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("reviewMeeting")
                .count())
        .isEqualTo(instances);
  }

  @Test
  void aSecondMeetingForAYearWithAnOpenMeetingIsRefused() throws Exception {
    int year = fixture.freeYear();
    ProcessInstance open = fixture.start(MeetingFixture.startForm(year));
    int before = meetings();

    refused(START, "hhoffice01", start(year), year + " 年度已有一场述职评议会正在进行");
    assertThat(meetings()).isEqualTo(before);

    // once the open meeting ends (here: cancelled by an administrator) the year is free again
    engine.getRuntimeService().deleteProcessInstance(open.getId(), "测试：取消");
    assertThat(
            fixture.jdbc.queryForObject(
                "SELECT status FROM rm_meeting WHERE process_instance_id = ?",
                String.class,
                open.getId()))
        .isEqualTo("CANCELLED");
    assertThat(submit(START, "hhoffice01", start(year))).isEqualTo(200);
  }

  @Test
  void badInputAtEveryTaskIsRefusedAndStoresNothing() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    Task report = fixture.reportTask(meeting, "hhunit01");
    String path = "/task/" + report.getId() + "/submit-form";
    refused(path, "hhunit01", Map.of("reportSummary", "太短的报告"), "述职报告摘要不少于 50 字（现有 5 字）");
    refused(path, "hhunit01", Map.of("keyFigures", "1200 人"), "请填写述职报告摘要");
    refused(
        path,
        "hhunit01",
        Map.of("reportSummary", MeetingFixture.SUMMARY, "keyFigures", "数".repeat(2001)),
        "主要数据不能超过 2000 个字");
    assertThat(fixture.reportTask(meeting, "hhunit01")).isNotNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM rm_report WHERE meeting_id = ?",
                String.class,
                fixture.meetingId(meeting)))
        .isEqualTo("PENDING");

    fixture.reportAllAndOpenMeeting(meeting);
    Task comment = fixture.open(meeting, "Task_Comment").get(0);
    refused(
        "/task/" + comment.getId() + "/submit-form",
        "hhdeputy01",
        Map.of("comment", "  "),
        "请填写点评意见");
    Task sheet = fixture.sheetTask(meeting, "hhrater01");
    String sheetPath = "/task/" + sheet.getId() + "/submit-form";
    refused(sheetPath, "hhrater01", Map.of("grade", "GOOD"), "表单中没有以下可填写的项目：grade");
    refused(sheetPath, "hhrater01", Map.of(), "以下述职单位尚未评定等次：个旧市");
    String sheetApi = "/review-meetings/" + meeting.getId() + "/sheet";
    Refusals.assertRefused(
        api.call("PUT", "hhrater01", sheetApi, sheetBody("hhunit01", "GREAT", null)),
        400,
        "请选择评议等次");
    Refusals.assertRefused(
        api.call("PUT", "hhrater01", sheetApi, sheetBody("hhunit01", "GOOD", "长".repeat(501))),
        400,
        "评议意见不能超过 500 个字");
    Refusals.assertRefused(
        api.call("PUT", "hhrater01", sheetApi, sheetBody("hhunit01", "GOOD", "好\uD83D\uDC4D")),
        400,
        "表情符号");
    Refusals.assertRefused(
        api.call("PUT", "hhrater01", sheetApi, sheetBody("hhunit09", "GOOD", null)),
        400,
        "不属于本次会议的述职单位：hhunit09");
    Refusals.assertRefused(
        api.call("POST", "hhrater01", sheetApi + "/submit", "{}"), 400, "尚未评定等次");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_sheet_draft WHERE meeting_id = ?",
                Integer.class,
                fixture.meetingId(meeting)))
        .isZero();
    assertThat(fixture.count("rm_comment", meeting)).isZero();
    assertThat(fixture.count("rm_rating", meeting)).isZero();
    assertThat(fixture.open(meeting, "Task_Comment")).hasSize(1);
    assertThat(fixture.open(meeting, "Task_Rate")).hasSize(2);

    fixture.commentRateAndTally(meeting, (unit, rater) -> Grade.GOOD);
    Task confirm = fixture.open(meeting, "Task_ConfirmResults").get(0);
    String confirmPath = "/task/" + confirm.getId() + "/submit-form";
    refused(confirmPath, "hhoffice01", Map.of(), "请选择是否确认评议结果");
    refused(confirmPath, "hhoffice01", Map.of("confirmed", "false"), "请填写重新计分的原因");
    refused(confirmPath, "hhoffice01", Map.of("confirmed", "maybe"), "请选择是否确认");
    assertThat(fixture.open(meeting, "Task_ConfirmResults")).hasSize(1);
    assertThat(fixture.count("rm_feedback", meeting)).isZero();

    assertThat(submit(confirmPath, "hhoffice01", Map.of("confirmed", "true"))).isEqualTo(204);
    assertThat(fixture.count("rm_feedback", meeting)).isEqualTo(1);
  }
}
