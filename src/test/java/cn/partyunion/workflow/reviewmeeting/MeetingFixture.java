package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives review meetings in tests on the demo identities (hhoffice01, hhdeputy01, hhrater01…10,
 * hhunit01…24). Every meeting gets a year of its own (after every year already stored), so tests
 * never collide with meetings left by other tests in the shared database.
 */
class MeetingFixture {

  static final String SUMMARY =
      "本年度我单位把产业工人队伍建设改革列入党委重点工作，" + "健全技能人才培养、使用、评价、激励制度，开展劳动和技能竞赛，建成一批劳模和工匠人才创新工作室。";

  final ProcessEngine engine;
  final RuntimeService runtime;
  final TaskService tasks;
  final JobRunner jobs;
  final TaskFinder taskFinder;
  final JdbcTemplate jdbc;

  MeetingFixture(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.jobs = new JobRunner(engine);
    this.taskFinder = new TaskFinder(engine);
    this.jdbc = jdbc;
  }

  /** A meeting year no stored meeting uses; the meeting is on 20 December of that year. */
  int freeYear() {
    Integer max = jdbc.queryForObject("SELECT MAX(meeting_year) FROM rm_meeting", Integer.class);
    int next = LocalDate.now().getYear() + 1;
    return max == null ? next : Math.max(next, max + 1);
  }

  /**
   * A year before the present that no stored meeting uses, for a test that moves the engine clock
   * into the meeting's year (set it to {@code year}-01-02 before the start): MySQL's TIMESTAMP
   * columns of the engine (ACT_HI_IDENTITYLINK.TIMESTAMP_, …) end on 2038-01-19, so the clock must
   * not pass it.
   */
  int pastFreeYear() {
    for (int year = LocalDate.now().getYear() - 2; year > 1971; year--) {
      Integer count =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM rm_meeting WHERE meeting_year BETWEEN ? AND ?",
              Integer.class,
              year - 1,
              year + 1);
      if (count == 0) {
        return year;
      }
    }
    throw new IllegalStateException("no free past meeting year left");
  }

  /** Start-form variables of a meeting in {@code year}: defaults for units, panel and deputy. */
  static Map<String, Object> startForm(int year) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("meetingDate", year + "-12-20");
    return form;
  }

  ProcessInstance start(Map<String, Object> form) {
    return runtime.startProcessInstanceByKey(ReviewMeetingModel.PROCESS_KEY, form);
  }

  List<Task> open(ProcessInstance meeting, String taskKey) {
    return taskFinder.open(meeting.getId(), taskKey);
  }

  /** The report task of {@code unitCode}. */
  Task reportTask(ProcessInstance meeting, String unitCode) {
    return taskFinder.single(meeting.getId(), ReviewMeetingModel.TASK_SUBMIT_REPORT, unitCode);
  }

  void submitReport(ProcessInstance meeting, String unitCode) {
    tasks.complete(
        reportTask(meeting, unitCode).getId(),
        Map.of("reportSummary", SUMMARY, "keyFigures", "培训技能人才 1200 人次"));
  }

  /** Runs the job waiting at {@code activityId} (timer or asynchronous continuation). */
  void executeJob(ProcessInstance meeting, String activityId) {
    jobs.execute(meeting.getId(), activityId);
  }

  String unitOf(Task task) {
    return (String) tasks.getVariable(task.getId(), "unitCode");
  }

  /** Comments on every unit. */
  void commentAll(ProcessInstance meeting) {
    for (Task task : open(meeting, "Task_Comment")) {
      tasks.complete(task.getId(), Map.of("comment", "点评：" + unitOf(task) + " 工作扎实，继续努力。"));
    }
  }

  /**
   * Every rater submits a sheet grading every unit: {@code grades} gives the grade per unit code
   * and rater id.
   */
  void rateAll(ProcessInstance meeting, GradeRule grades) {
    for (Task task : open(meeting, "Task_Rate")) {
      tasks.complete(task.getId(), Map.of("ratings", sheet(meeting, task.getAssignee(), grades)));
    }
  }

  /**
   * The sheet {@code rater} submits: one line per unit of the meeting, graded by {@code grades}.
   */
  List<Map<String, Object>> sheet(ProcessInstance meeting, String rater, GradeRule grades) {
    return units(meeting).stream()
        .map(
            unit -> {
              Map<String, Object> line = new HashMap<>();
              line.put("unitCode", unit);
              line.put("grade", grades.grade(unit, rater).name());
              return line;
            })
        .toList();
  }

  /** The meeting's units, in reporting order. */
  @SuppressWarnings("unchecked")
  List<String> units(ProcessInstance meeting) {
    return (List<String>) runtime.getVariable(meeting.getId(), "reportingUnits");
  }

  /** The sheet task of {@code rater}. */
  Task sheetTask(ProcessInstance meeting, String rater) {
    return open(meeting, "Task_Rate").stream()
        .filter(task -> rater.equals(task.getAssignee()))
        .findFirst()
        .orElseThrow();
  }

  /** A meeting of {@code units} rated by {@code raters}, started without an authenticated user. */
  ProcessInstance startSmall(List<String> units, List<String> raters) {
    Map<String, Object> form = startForm(freeYear());
    form.put("reportingUnits", units);
    form.put("raters", raters);
    return start(form);
  }

  /** Submits every report and opens the meeting stage (comment and rating tasks). */
  void reportAllAndOpenMeeting(ProcessInstance meeting) {
    for (Task task : open(meeting, ReviewMeetingModel.TASK_SUBMIT_REPORT)) {
      tasks.complete(task.getId(), Map.of("reportSummary", SUMMARY));
    }
    executeJob(meeting, "Task_RecordMissingReports");
  }

  /** From an opened meeting: every comment and rating given (raters' grades by rule), tallied. */
  void commentRateAndTally(ProcessInstance meeting, GradeRule grades) {
    commentAll(meeting);
    rateAll(meeting, grades);
    executeJob(meeting, "Task_Tally");
  }

  void confirm(ProcessInstance meeting) {
    tasks.complete(open(meeting, "Task_ConfirmResults").get(0).getId(), Map.of("confirmed", true));
  }

  long meetingId(ProcessInstance meeting) {
    return jdbc.queryForObject(
        "SELECT id FROM rm_meeting WHERE process_instance_id = ?", Long.class, meeting.getId());
  }

  int count(String table, ProcessInstance meeting) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE meeting_id = ?",
        Integer.class,
        meetingId(meeting));
  }

  interface GradeRule {
    Grade grade(String unitCode, String raterId);
  }
}
