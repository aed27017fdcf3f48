package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_COMMENT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_CONFIRM_RESULTS;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_RATE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_SUBMIT_REPORT;

import cn.partyunion.workflow.shared.demo.DemoHistory;
import cn.partyunion.workflow.shared.demo.DemoHistoryStep;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo history of Honghe's review meeting (profile {@code demo}, {@code
 * partyunion.demo.history=true}), driven through {@code reviewMeeting} by the demo users with the
 * engine clock set to each moment (seed {@value #SEED}):
 *
 * <ul>
 *   <li>last year's meeting, held and tallied: started by {@code hhoffice01} in late November,
 *       reports by the units (most on time, {@value #LATE} late, {@value #MISSING} missing — the
 *       reminder, the overdue flag and the meeting's start fire as timers), the deputy secretary's
 *       comment on every unit, every rater's grade of every unit, the tally, the organizer's
 *       confirmation and the feedback to the units;
 *   <li>this year's meeting, open: started a few days ago for a date three weeks ahead, part of the
 *       reports in.
 * </ul>
 *
 * Loaded once per database (marker of {@link DemoHistory}).
 */
@Component
@Profile("demo")
@Order(12)
public class ReviewMeetingDemoHistory implements DemoHistoryStep {

  /** The marker's part name. */
  public static final String PART = "reviewMeeting";

  static final long SEED = 20_241_220L;
  static final int LATE = 2;
  static final int MISSING = 1;

  private static final String OFFICE_USER = "hhoffice01";
  private static final String DEPUTY_USER = "hhdeputy01";
  private static final List<Grade> GRADES =
      List.of(Grade.POOR, Grade.FAIR, Grade.GOOD, Grade.EXCELLENT);

  private static final List<String> OPENINGS =
      List.of(
          "本年度，我们坚持把产业工人队伍建设改革作为“一把手”工程，",
          "今年以来，我单位认真落实州委关于产改工作的部署要求，",
          "本年度我们以“技能红河”建设为抓手，",
          "围绕全州产业工人队伍建设改革重点任务，");
  private static final List<String> MEASURES =
      List.of(
          "健全技能人才培养、使用、评价、激励制度，全年开展职业技能培训一万余人次，",
          "深入开展劳动和技能竞赛，新建劳模和工匠人才创新工作室五个，",
          "推动产业工人参与企业民主管理，职代会建制率进一步提高，",
          "落实技能人才待遇政策，新增高技能人才八百余名，",
          "在非公企业中发展产业工人党员，夯实党在产业工人队伍中的组织基础，");
  private static final List<String> CLOSINGS =
      List.of(
          "产业工人的获得感、幸福感、安全感明显增强。下一步将继续补短板、强弱项。",
          "改革取得阶段性成效，但基层推进不平衡的问题仍然存在，明年将重点加以解决。",
          "各项改革任务按计划推进，部分指标提前完成，形成了一批可复制的经验做法。");
  private static final List<String> FIGURES =
      List.of(
          "培训技能人才 1.2 万人次；新增高技能人才 860 人",
          "创建创新工作室 5 个；开展技能竞赛 36 场",
          "发展产业工人党员 120 名；职代会建制率 92%",
          "新增技师、高级技师 210 名；技能人才占比 31%");
  private static final List<String> COMMENTS_GOOD =
      List.of("工作思路清晰，措施有力，成效明显，特别是技能人才培养方面走在全州前列，希望继续保持。", "改革推进扎实，亮点突出，要注意总结提炼经验，发挥示范带动作用。");
  private static final List<String> COMMENTS_FAIR =
      List.of("工作有一定成效，但推进力度还不够，部分任务落实滞后，要压实责任、加快进度。", "报告对问题的分析不够深入，下一步要聚焦产业工人最关心的问题精准施策。");
  private static final List<String> REMARKS =
      List.of("措施具体，成效明显", "亮点突出", "有待加强基层落实", "希望加大技能培训投入", "");

  private final DemoHistory history;
  private final ReviewMeetingMapper mapper;
  private final RatingSheets sheets;
  private final Map<String, String> unitsByName = new HashMap<>();

  public ReviewMeetingDemoHistory(
      DemoHistory history, ReviewMeetingMapper mapper, RatingSheets sheets) {
    this.history = history;
    this.mapper = mapper;
    this.sheets = sheets;
  }

  @Override
  public void create(String password) {
    history.load(PART, this::load);
  }

  private void load(LocalDateTime now) {
    List<ReportingUnit> units = mapper.findUnits();
    if (units.isEmpty()) {
      return;
    }
    units.forEach(unit -> unitsByName.put(unit.unitName(), unit.unitCode()));
    Random random = new Random(SEED);
    // one transaction per meeting (its steps commit once)
    history.inTransaction(() -> heldMeeting(now.getYear() - 1, units, random));
    history.inTransaction(() -> openMeeting(now, units, random));
  }

  /** Last year's meeting, from the start to the feedback. */
  private void heldMeeting(int year, List<ReportingUnit> units, Random random) {
    LocalDate meetingDay = weekday(LocalDate.of(year, 12, 20));
    LocalDateTime started = meetingDay.minusDays(25).atTime(10, 0);
    history.at(started);
    ProcessInstance meeting =
        history.start(
            OFFICE_USER,
            ReviewMeetingModel.PROCESS_KEY,
            Map.of("year", year, "meetingDate", meetingDay.toString()));
    String pi = meeting.getId();
    LocalDateTime dueAt = local(history.variableOf(pi, ReviewMeetingModel.REPORT_DUE_AT));
    LocalDateTime startsAt = local(history.variableOf(pi, ReviewMeetingModel.MEETING_STARTS_AT));

    // reports, in the order they come in; the timers fire as their moments pass
    List<Map.Entry<LocalDateTime, String>> reports = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i).unitCode();
      if (i >= units.size() - MISSING) {
        continue;
      }
      LocalDateTime at =
          i >= units.size() - MISSING - LATE
              ? between(random, dueAt.plusHours(2), startsAt.minusHours(3))
              : between(random, started.plusDays(1), dueAt.minusHours(4));
      reports.add(Map.entry(at, unit));
    }
    reports.sort(Map.Entry.comparingByKey());
    for (Map.Entry<LocalDateTime, String> report : reports) {
      history.at(report.getKey());
      history.runDueJobsOf(pi); // reminder and overdue flag once their moments pass
      submitReport(pi, report.getValue(), random);
    }
    history.at(startsAt.plusMinutes(1));
    history.runDueJobsOf(pi); // the meeting begins: missing reports recorded, review opens

    // the meeting day: a comment on each unit and every rater's sheet
    Map<String, Integer> quality = new HashMap<>();
    for (ReportingUnit unit : units) {
      quality.put(unit.unitCode(), 1 + random.nextInt(3));
    }
    LocalDateTime at = startsAt.plusMinutes(20);
    List<Task> comments = history.tasks(pi, TASK_COMMENT);
    comments.sort(Comparator.comparing(task -> unitOf(task)));
    for (Task task : comments) {
      String unit = unitOf(task);
      at = at.plusMinutes(12);
      history.at(at);
      List<String> options = quality.get(unit) >= 2 ? COMMENTS_GOOD : COMMENTS_FAIR;
      history.complete(
          DEPUTY_USER, task, Map.of("comment", options.get(random.nextInt(options.size()))));
    }
    // each rater's sheet: drafted unit by unit during the reports, submitted once at the end
    MeetingRecord record = mapper.findMeeting(pi);
    List<Task> sheetTasks = history.tasks(pi, TASK_RATE);
    sheetTasks.sort(Comparator.comparing(Task::getAssignee));
    at = startsAt.plusHours(5);
    for (Task task : sheetTasks) {
      List<Map<String, Object>> lines = new ArrayList<>();
      for (ReportingUnit unit : units) {
        int level = quality.get(unit.unitCode()) + (random.nextInt(5) - 2) / 2;
        Map<String, Object> line = new HashMap<>();
        line.put("unitCode", unit.unitCode());
        line.put("grade", GRADES.get(Math.max(0, Math.min(3, level))).name());
        String remark = REMARKS.get(random.nextInt(REMARKS.size()));
        line.put("remark", remark.isEmpty() ? null : remark);
        lines.add(line);
      }
      at = at.plusSeconds(20 + random.nextInt(40));
      history.at(at);
      sheets.saveDraft(record, task.getAssignee(), lines);
      history.complete(task.getAssignee(), task, Map.of());
    }
    history.at(at.plusMinutes(5));
    history.runDueJobsOf(pi); // the tally

    history.at(meetingDay.plusDays(2).atTime(10, 30));
    Task confirm = history.task(pi, TASK_CONFIRM_RESULTS);
    history.complete(OFFICE_USER, confirm, Map.of("confirmed", "true"));
  }

  /** This year's meeting three weeks ahead, opened a few days ago, part of the reports in. */
  private void openMeeting(LocalDateTime now, List<ReportingUnit> units, Random random) {
    LocalDate meetingDay = weekday(now.toLocalDate().plusDays(21));
    LocalDateTime started = now.minusDays(4).withHour(9).withMinute(40);
    if (!started.isBefore(now)) {
      started = now.minusHours(1);
    }
    history.at(started);
    ProcessInstance meeting =
        history.start(
            OFFICE_USER,
            ReviewMeetingModel.PROCESS_KEY,
            Map.of("year", now.getYear(), "meetingDate", meetingDay.toString()));
    String pi = meeting.getId();
    List<Map.Entry<LocalDateTime, String>> reports = new ArrayList<>();
    for (ReportingUnit unit : units) {
      if (random.nextInt(10) < 4) {
        reports.add(
            Map.entry(
                between(random, started.plusMinutes(30), now.minusMinutes(5)), unit.unitCode()));
      }
    }
    reports.sort(Map.Entry.comparingByKey());
    for (Map.Entry<LocalDateTime, String> report : reports) {
      history.at(report.getKey());
      submitReport(pi, report.getValue(), random);
    }
  }

  private void submitReport(String pi, String unit, Random random) {
    Task task = history.groupTask(pi, TASK_SUBMIT_REPORT, unit);
    if (task == null) {
      throw new IllegalStateException("no report task of " + unit);
    }
    String summary =
        OPENINGS.get(random.nextInt(OPENINGS.size()))
            + MEASURES.get(random.nextInt(MEASURES.size()))
            + MEASURES.get(random.nextInt(MEASURES.size()))
            + CLOSINGS.get(random.nextInt(CLOSINGS.size()));
    history.complete(
        unit,
        task,
        Map.of(
            "reportSummary", summary, "keyFigures", FIGURES.get(random.nextInt(FIGURES.size()))));
  }

  /**
   * The unit a task is about: from the unit's name that {@link UnitTaskListener} puts into the
   * task's name (reading the variable would load the whole multi-instance tree for every task).
   */
  private String unitOf(Task task) {
    String name = task.getName();
    int colon = name == null ? -1 : name.lastIndexOf('：');
    String code = colon < 0 ? null : unitsByName.get(name.substring(colon + 1));
    return code != null ? code : (String) history.variable(task, ReviewMeetingModel.UNIT_CODE);
  }

  private static LocalDate weekday(LocalDate day) {
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDateTime between(Random random, LocalDateTime from, LocalDateTime to) {
    long minutes = Math.max(1, ChronoUnit.MINUTES.between(from, to));
    return from.plusMinutes((long) (random.nextDouble() * minutes));
  }

  private static LocalDateTime local(Object date) {
    return EngineClock.toLocal((Date) date);
  }
}
