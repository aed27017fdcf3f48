package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.partyunion.workflow.ProcessCoverageTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code reviewMeeting} (100% flow nodes and sequence flows): a full meeting of all
 * 24 units and 10 raters — ten sheets, one refused while a unit is ungraded, one kept as a draft
 * first — with a recount, and a meeting with reminder, overdue flag, a late and a missing report,
 * ending at the meeting's start. Tallies are checked against hand-computed scores (points 好 100, 较好
 * 80, 一般 60, 差 40; panels 50/50).
 */
@ProcessCoverageTest
class ReviewMeetingProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewMeetingMapper mapper;
  @Autowired RatingSheets sheets;
  @RegisterExtension final TestClock clock = new TestClock();
  MeetingFixture fixture;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixture = new MeetingFixture(engine, jdbc);
  }

  /**
   * Unit 01: workers 好, managers 较好 → 100/80 → 90.00 好 (boundary); 02: all 好 → 100 好; 03: workers
   * 3×好 2×较好 = 92, managers 较好 = 80 → 86.00 较好; 04: all 一般 → 60.00 一般 (boundary); 05: workers 4×一般
   * 1×差 = 56, managers 一般 = 60 → 58.00 差; the other 19: all 较好 → 80.00 较好, tied at rank 4.
   */
  static Grade fullMeetingGrade(String unit, String rater) {
    int r = Integer.parseInt(rater.substring("hhrater".length()));
    boolean worker = r <= 5;
    return switch (unit) {
      case "hhunit01" -> worker ? Grade.EXCELLENT : Grade.GOOD;
      case "hhunit02" -> Grade.EXCELLENT;
      case "hhunit03" -> worker ? (r <= 3 ? Grade.EXCELLENT : Grade.GOOD) : Grade.GOOD;
      case "hhunit04" -> Grade.FAIR;
      case "hhunit05" -> worker && r == 5 ? Grade.POOR : Grade.FAIR;
      default -> Grade.GOOD;
    };
  }

  @Test
  void fullMeetingOfAllUnitsAndRatersIsTalliedRecountedAndFedBack() {
    ProcessInstance meeting = fixture.start(MeetingFixture.startForm(fixture.freeYear()));

    assertThat(meeting).isWaitingAt("Task_SubmitReport");
    List<Task> reports = fixture.open(meeting, "Task_SubmitReport");
    assertThat(reports).hasSize(24);
    assertThat(reports).extracting(Task::getName).contains("提交述职报告：个旧市", "提交述职报告：州总工会");
    for (int i = 1; i <= 24; i++) {
      fixture.submitReport(meeting, String.format("hhunit%02d", i));
    }
    assertThat(meeting)
        .hasPassed("Gateway_ReportsClosed")
        .hasNotPassed("BoundaryEvent_MeetingBegins");
    fixture.executeJob(meeting, "Task_RecordMissingReports");
    assertThat(fixture.open(meeting, "Task_Comment"))
        .hasSize(24)
        .allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("hhdeputy01"));
    Task comment = fixture.open(meeting, "Task_Comment").get(0);
    assertThat(fixture.tasks.getVariable(comment.getId(), "unitReport"))
        .isEqualTo(MeetingFixture.SUMMARY);
    assertThat(fixture.tasks.getVariable(comment.getId(), "unitReportStatus")).isEqualTo("按时提交");
    // one sheet per rater, not one task per unit and rater
    assertThat(fixture.open(meeting, "Task_Rate"))
        .hasSize(10)
        .allSatisfy(task -> assertThat(task.getName()).isEqualTo("填写测评表"))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(
            "hhrater01",
            "hhrater02",
            "hhrater03",
            "hhrater04",
            "hhrater05",
            "hhrater06",
            "hhrater07",
            "hhrater08",
            "hhrater09",
            "hhrater10");
    long meetingId = (Long) fixture.runtime.getVariable(meeting.getId(), "meetingId");

    // a sheet with a unit left ungraded is refused; the task stays open, nothing is stored
    List<Map<String, Object>> sheet01 =
        fixture.sheet(meeting, "hhrater01", ReviewMeetingProcessTest::fullMeetingGrade);
    Task sheetTask01 = fixture.sheetTask(meeting, "hhrater01");
    Refusals.assertRefused(
        () ->
            fixture.tasks.complete(sheetTask01.getId(), Map.of("ratings", sheet01.subList(0, 23))),
        "以下述职单位尚未评定等次：州总工会。请全部评定后再提交测评表。");
    assertThat(fixture.sheetTask(meeting, "hhrater01").getId()).isEqualTo(sheetTask01.getId());
    assertThat(fixture.count("rm_rating", meeting)).isZero();

    // hhrater02 keeps a draft of the first twelve units during the reports, submits the rest
    MeetingRecord record = mapper.findMeeting(meeting.getId());
    List<Map<String, Object>> sheet02 =
        fixture.sheet(meeting, "hhrater02", ReviewMeetingProcessTest::fullMeetingGrade);
    sheets.saveDraft(record, "hhrater02", sheet02.subList(0, 12));
    SheetView draft = sheets.sheet(record, "hhrater02");
    assertThat(draft.status()).isEqualTo(SheetView.OPEN);
    assertThat(draft.graded()).isEqualTo(12);
    assertThat(draft.total()).isEqualTo(24);
    assertThat(draft.savedAt()).isNotNull();
    assertThat(sheets.sheet(record, "hhrater02").lines().get(0).grade()).isEqualTo(Grade.EXCELLENT);
    fixture.tasks.complete(
        fixture.sheetTask(meeting, "hhrater02").getId(),
        Map.of("ratings", sheet02.subList(12, 24)));
    assertThat(sheets.sheet(record, "hhrater02").status()).isEqualTo(SheetView.SUBMITTED);
    assertThat(fixture.count("rm_rating", meeting)).isEqualTo(24);
    assertThat(fixture.count("rm_sheet_draft", meeting)).isZero();

    fixture.commentAll(meeting);
    fixture.rateAll(meeting, ReviewMeetingProcessTest::fullMeetingGrade);
    assertThat(fixture.count("rm_rating", meeting)).isEqualTo(240);
    assertThat(meeting).isWaitingAt("Task_Tally");
    fixture.executeJob(meeting, "Task_Tally");
    assertThat(meeting).isWaitingAt("Task_ConfirmResults");

    Map<String, UnitResult> results =
        mapper.findResults(meetingId).stream()
            .collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
    assertThat(results).hasSize(24);
    expect(results.get("hhunit02"), "100.00", Grade.EXCELLENT, 1);
    expect(results.get("hhunit01"), "90.00", Grade.EXCELLENT, 2);
    expect(results.get("hhunit03"), "86.00", Grade.GOOD, 3);
    for (int i = 6; i <= 24; i++) {
      expect(results.get(String.format("hhunit%02d", i)), "80.00", Grade.GOOD, 4);
    }
    expect(results.get("hhunit04"), "60.00", Grade.FAIR, 23);
    expect(results.get("hhunit05"), "58.00", Grade.POOR, 24);
    UnitResult third = results.get("hhunit03");
    assertThat(List.of(third.workerExcellent(), third.workerGood(), third.managerGood()))
        .containsExactly(3, 2, 5);
    assertThat(third.workerScore()).isEqualByComparingTo("92");
    assertThat(third.comment()).isEqualTo("点评：hhunit03 工作扎实，继续努力。");

    // the organizer asks for a recount: tallied again, confirmed, fed back
    Task confirm = fixture.open(meeting, "Task_ConfirmResults").get(0);
    SpinJsonNode table = (SpinJsonNode) fixture.tasks.getVariable(confirm.getId(), "resultsTable");
    assertThat(table.elements()).hasSize(24);
    assertThat(table.elements().get(0).prop("unitName").stringValue()).isEqualTo("开远市");
    SpinJsonNode thirdRow =
        table.elements().stream()
            .filter(row -> row.prop("unitName").stringValue().equals(third.unitName()))
            .findFirst()
            .orElseThrow();
    assertThat(thirdRow.prop("workerShares").stringValue())
        .isEqualTo("好 60% · 较好 40% · 一般 0% · 差 0%");
    assertThat(thirdRow.prop("managerShares").stringValue())
        .isEqualTo("好 0% · 较好 100% · 一般 0% · 差 0%");
    assertThat(thirdRow.prop("comment").stringValue()).isEqualTo("点评：hhunit03 工作扎实，继续努力。");
    assertThat(fixture.tasks.getVariable(confirm.getId(), "resultsPage"))
        .isEqualTo("/workbench/review-meetings/" + meeting.getId());
    fixture.tasks.complete(
        confirm.getId(), Map.of("confirmed", false, "recountReason", "管理员已核对评分权重，请重新计分。"));
    assertThat(meeting).isWaitingAt("Task_Tally");
    fixture.executeJob(meeting, "Task_Tally");
    assertThat(mapper.findResults(meetingId)).hasSize(24);
    fixture.tasks.complete(
        fixture.open(meeting, "Task_ConfirmResults").get(0).getId(), Map.of("confirmed", "true"));

    assertThat(meeting).hasPassed("Task_FeedBackResults").isEnded();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_feedback WHERE meeting_id = ? "
                    + "AND assessment_basis = TRUE",
                Integer.class,
                meetingId))
        .isEqualTo(24);
    assertThat(mapper.findFeedback(meetingId, "hhunit01"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rank()).isEqualTo(2);
              assertThat(f.gradeLabel()).isEqualTo("好");
              assertThat(f.comment()).contains("hhunit01");
            });
    assertThat(mapper.findMeeting(meeting.getId()).status()).isEqualTo("FED_BACK");
  }

  /**
   * Units 01–04, raters hhrater01, 02 (workers) and 06, 07 (managers). 01 reports on time, 02 late,
   * 03 never, 04 on time. 01: workers 较好 较好 (80), managers 较好 一般 (70) → 75.00 较好 (boundary); 02: 好
   * 好 / 较好 较好 → 90.00 好; 03: 一般 差 (50) / 一般 一般 (60) → 55.00 差; 04: 较好 一般 (70) / 较好 较好 (80) → 75.00
   * 较好. Ranks 02 → 1, 01 and 04 → 2, 03 → 4.
   */
  @Test
  void remindsFlagsOverdueRecordsLateAndMissingReportsAndRatesEveryUnit() {
    int year = fixture.pastFreeYear();
    clock.set(LocalDateTime.of(year, 1, 2, 9, 0));
    Map<String, Object> form = new HashMap<>(MeetingFixture.startForm(year));
    form.put("reportingUnits", List.of("hhunit01", "hhunit02", "hhunit03", "hhunit04"));
    form.put("raters", "hhrater01, hhrater02, hhrater06, hhrater07");
    form.put("deputySecretary", "hhdeputy01");
    ProcessInstance meeting = fixture.start(form);
    long meetingId = (Long) fixture.runtime.getVariable(meeting.getId(), "meetingId");
    Date due = (Date) fixture.runtime.getVariable(meeting.getId(), "reportDueAt");
    assertThat(fixture.reportTask(meeting, "hhunit01").getDueDate()).isEqualTo(due);

    fixture.executeJob(meeting, "BoundaryEvent_ReportReminder");
    assertThat(meeting).hasPassed("Task_RemindReports", "EndEvent_ReportsReminded");
    Task reminded = fixture.reportTask(meeting, "hhunit02");
    assertThat(reminded.getPriority()).isEqualTo(75);
    assertThat(fixture.tasks.getVariableLocal(reminded.getId(), "reminded")).isEqualTo(true);
    assertThat(mapper.findReport(meetingId, "hhunit02").remindedAt()).isNotNull();

    fixture.submitReport(meeting, "hhunit01");
    fixture.submitReport(meeting, "hhunit04");
    fixture.executeJob(meeting, "BoundaryEvent_ReportOverdue");
    assertThat(meeting).hasPassed("Task_FlagOverdueReports", "EndEvent_OverdueFlagged");
    Task overdue = fixture.reportTask(meeting, "hhunit03");
    assertThat(overdue.getPriority()).isEqualTo(100);
    assertThat(fixture.tasks.getVariableLocal(overdue.getId(), "overdue")).isEqualTo(true);
    assertThat(mapper.findReport(meetingId, "hhunit03").overdue()).isTrue();
    assertThat(mapper.findReport(meetingId, "hhunit01").overdue()).isFalse();

    clock.set(new Date(due.getTime() + 3_600_000L));
    fixture.submitReport(meeting, "hhunit02");
    fixture.executeJob(meeting, "BoundaryEvent_MeetingBegins");
    assertThat(meeting).hasPassed("BoundaryEvent_MeetingBegins", "Gateway_ReportsClosed");
    fixture.executeJob(meeting, "Task_RecordMissingReports");

    assertThat(fixture.runtime.getVariable(meeting.getId(), "missingReportCount")).isEqualTo(1);
    assertThat(mapper.findReports(meetingId))
        .extracting(ReportRecord::status)
        .containsExactly(
            ReportStatus.SUBMITTED,
            ReportStatus.LATE,
            ReportStatus.MISSING,
            ReportStatus.SUBMITTED);
    Task missingComment =
        fixture.open(meeting, "Task_Comment").stream()
            .filter(task -> "hhunit03".equals(fixture.unitOf(task)))
            .findFirst()
            .orElseThrow();
    assertThat(missingComment.getName()).isEqualTo("点评：蒙自市");
    assertThat(fixture.tasks.getVariable(missingComment.getId(), "unitReport"))
        .isEqualTo("（该单位未提交述职报告）");
    assertThat(fixture.open(meeting, "Task_Rate")).hasSize(4);

    fixture.commentAll(meeting);
    fixture.rateAll(
        meeting,
        (unit, rater) ->
            switch (unit + "/" + rater) {
              case "hhunit01/hhrater07",
                  "hhunit03/hhrater01",
                  "hhunit03/hhrater06",
                  "hhunit03/hhrater07",
                  "hhunit04/hhrater02" ->
                  Grade.FAIR;
              case "hhunit02/hhrater01", "hhunit02/hhrater02" -> Grade.EXCELLENT;
              case "hhunit03/hhrater02" -> Grade.POOR;
              default -> Grade.GOOD;
            });
    fixture.executeJob(meeting, "Task_Tally");

    List<UnitResult> results = mapper.findResults(meetingId);
    assertThat(results)
        .extracting(UnitResult::unitCode, UnitResult::rank)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("hhunit02", 1),
            org.assertj.core.groups.Tuple.tuple("hhunit01", 2),
            org.assertj.core.groups.Tuple.tuple("hhunit04", 2),
            org.assertj.core.groups.Tuple.tuple("hhunit03", 4));
    Map<String, UnitResult> byUnit =
        results.stream().collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
    expect(byUnit.get("hhunit02"), "90.00", Grade.EXCELLENT, 1);
    expect(byUnit.get("hhunit01"), "75.00", Grade.GOOD, 2);
    expect(byUnit.get("hhunit04"), "75.00", Grade.GOOD, 2);
    expect(byUnit.get("hhunit03"), "55.00", Grade.POOR, 4);
    assertThat(byUnit.get("hhunit03").reportStatus()).isEqualTo(ReportStatus.MISSING);

    fixture.tasks.complete(
        fixture.open(meeting, "Task_ConfirmResults").get(0).getId(), Map.of("confirmed", true));
    assertThat(meeting).isEnded();
    assertThat(mapper.findFeedback(meetingId, "hhunit03"))
        .singleElement()
        .satisfies(f -> assertThat(f.reportStatus()).isEqualTo(ReportStatus.MISSING));
  }

  private static void expect(UnitResult result, String score, Grade grade, int rank) {
    assertThat(result.score()).as(result.unitCode()).isEqualByComparingTo(new BigDecimal(score));
    assertThat(result.grade()).as(result.unitCode()).isEqualTo(grade);
    assertThat(result.rank()).as(result.unitCode()).isEqualTo(rank);
  }
}
