package cn.partyunion.workflow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowApplication;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo history ({@code partyunion.demo.history=true}, the default of the {@code demo} profile)
 * makes every page meaningful, and a second start on the same database adds nothing: the whole
 * application is started twice on a fresh database of its own — an in-memory H2 database, or, when
 * a MySQL URL is configured ({@code DB_URL}, CI's second pass), a fresh database on that server.
 * Runs in a JVM of its own ({@code own-jvm}): it starts application contexts besides the shared
 * test context.
 */
@Tag("own-jvm")
class DemoHistoryTest {

  private static final Pattern URL =
      Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final List<String> REVIEW_TASKS =
      List.of("Task_LiaisonReview", "Task_ParkReview", "Task_OrgDeptApproval");

  @Test
  void theHistoryFillsEveryPageOnceAndASecondStartAddsNothing() throws Exception {
    String configured = System.getenv("DB_URL");
    Matcher mysql = configured == null ? null : URL.matcher(configured);
    String database = "demohistory" + ThreadLocalRandom.current().nextInt(1_000_000);
    String url;
    String profiles;
    String server = null;
    if (mysql != null && mysql.matches()) {
      String query = mysql.group(3) == null ? "" : mysql.group(3);
      server = mysql.group(1) + query;
      url = mysql.group(1) + database + query;
      profiles = "demo,mysql";
      execute(
          server,
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } else {
      url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
      profiles = "demo";
    }
    try {
      Map<String, Object> first = start(url, profiles, true);
      Map<String, Object> second = start(url, profiles, false);
      assertThat(second).as("a second start adds nothing").isEqualTo(first);
    } finally {
      if (server != null) {
        execute(server, "DROP DATABASE IF EXISTS " + database);
      }
    }
  }

  /**
   * Starts and stops the application on {@code url}; checks the history when {@code check}.
   *
   * @return row counts that a second start must leave unchanged
   */
  private static Map<String, Object> start(String url, String profiles, boolean check)
      throws Exception {
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WorkflowApplication.class)
            .run(
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                // a name of its own: another context's engine "default" may be registered
                "--camunda.bpm.process-engine-name=demohistory",
                "--camunda.bpm.job-execution.enabled=false",
                "--partyunion.demo.history=true",
                "--ADMIN_PASSWORD=demo-history-check")) {
      System.out.printf(
          "DemoHistoryTest: %s start took %d ms%n",
          check ? "first" : "second", (System.nanoTime() - started) / 1_000_000);
      CompletableFuture<Void> history = app.getBean(DemoData.class).history();
      if (check) {
        // the application answers while the history loads; this thread keeps the real time
        assertThat(history).as("the history loads after the start, in the background").isNotDone();
        assertThat(Duration.between(EngineClock.current(), LocalDateTime.now(ZONE)).abs())
            .as("the engine clock of a thread other than the loader's")
            .isLessThan(Duration.ofMinutes(1));
      }
      history.get(20, TimeUnit.MINUTES);
      System.out.printf(
          "DemoHistoryTest: %s start's history loaded after %d ms%n",
          check ? "first" : "second", (System.nanoTime() - started) / 1_000_000);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      if (check) {
        checkDirectReport(jdbc, engine);
        checkMemberDevelopment(jdbc, engine);
        checkReviewMeeting(jdbc);
        checkChairStipend(jdbc);
        checkNoJobIsOverdue(engine);
      }
      Map<String, Object> counts = new LinkedHashMap<>();
      for (String table :
          List.of(
              "dr_candidate",
              "dr_review_record",
              "dr_pairing",
              "dr_inspection",
              "md_applicant",
              "md_step",
              "rm_meeting",
              "rm_report",
              "rm_rating",
              "rm_result",
              "rm_feedback",
              "cs_quarter",
              "cs_roster",
              "cs_payment",
              "ACT_HI_PROCINST",
              "ACT_HI_TASKINST",
              "ACT_RU_TASK")) {
        counts.put(table, count(jdbc, "SELECT COUNT(*) FROM " + table));
      }
      return counts;
    }
  }

  private static void checkDirectReport(JdbcTemplate jdbc, ProcessEngine engine) {
    assertThat(count(jdbc, "SELECT COUNT(*) FROM dr_candidate")).isGreaterThanOrEqualTo(250);
    assertThat(count(jdbc, "SELECT COUNT(DISTINCT enterprise_code) FROM dr_candidate"))
        .as("every demo enterprise nominated")
        .isEqualTo(count(jdbc, "SELECT COUNT(*) FROM dr_enterprise"));
    assertThat(jdbc.queryForList("SELECT DISTINCT status FROM dr_candidate", String.class))
        .containsExactlyInAnyOrder(
            "UNDER_REVIEW", "RETURNED", "REJECTED", "IN_DATABASE", "MATURE", "WITHDRAWN");
    assertThat(
            count(
                jdbc,
                "SELECT COUNT(*) FROM md_applicant a JOIN dr_candidate c"
                    + " ON c.record_no = a.record_no WHERE c.status = 'MATURE'"))
        .as("mature cases handed over to member development")
        .isPositive();
    assertThat(count(jdbc, "SELECT COUNT(*) FROM dr_inspection")).isPositive();
    assertThat(count(jdbc, "SELECT COUNT(DISTINCT role) FROM dr_pairing")).isEqualTo(2);
    assertThat(count(jdbc, "SELECT COUNT(DISTINCT YEAR(nominated_at)) FROM dr_candidate"))
        .as("nominations over more than one calendar year")
        .isGreaterThanOrEqualTo(2);

    // the lights of the open review tasks, as the organization department sees them
    LocalDateTime now = LocalDateTime.now(ZONE);
    Map<OverdueFlag, Integer> lights = new LinkedHashMap<>();
    Map<String, Integer> perStep = new LinkedHashMap<>();
    for (String key : REVIEW_TASKS) {
      List<Task> open =
          engine
              .getTaskService()
              .createTaskQuery()
              .processDefinitionKey("directReport")
              .taskDefinitionKey(key)
              .list();
      perStep.put(key, open.size());
      for (Task task : open) {
        OverdueFlag flag =
            OverdueFlag.of(
                LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZONE),
                now,
                Period.ofDays(10));
        lights.merge(flag, 1, Integer::sum);
      }
    }
    assertThat(perStep.values()).allMatch(n -> n > 0);
    assertThat(lights).containsKeys(OverdueFlag.NONE, OverdueFlag.YELLOW, OverdueFlag.RED);
    for (String key :
        List.of(
            "Task_ResubmitNomination",
            "Task_RecordInspection",
            "Task_MaturityDecision",
            "Task_ApplicantTalk")) {
      assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(key).count())
          .as("open " + key)
          .isPositive();
    }
  }

  /** Branch-registered applicants at every stage of DOMAIN §6, driven by the demo users. */
  private static void checkMemberDevelopment(JdbcTemplate jdbc, ProcessEngine engine) {
    for (String stage :
        List.of("APPLICANT", "ACTIVIST", "DEVELOPMENT_TARGET", "PROBATIONARY", "FULL_MEMBER")) {
      assertThat(
              count(
                  jdbc,
                  "SELECT COUNT(*) FROM md_applicant WHERE source = 'BRANCH' AND stage = '"
                      + stage
                      + "'"))
          .as("registered applicants at " + stage)
          .isGreaterThanOrEqualTo(2);
    }
    assertThat(count(jdbc, "SELECT COUNT(*) FROM md_inspection")).isPositive();
    assertThat(count(jdbc, "SELECT COUNT(*) FROM md_archive")).isGreaterThanOrEqualTo(2);
    assertThat(
            count(
                jdbc,
                "SELECT COUNT(DISTINCT actor) FROM md_step WHERE actor LIKE 'branch%'"
                    + " OR actor LIKE 'park%' OR actor = 'orgdept01'"))
        .as("the demo users did the steps")
        .isGreaterThanOrEqualTo(3);
    for (String key :
        List.of(
            "Task_ApplicantTalk",
            "Task_DetermineDevelopmentTarget",
            "Task_AdmissionMeeting",
            "Task_ConversionMeeting")) {
      assertThat(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processDefinitionKey("memberDevelopment")
                  .taskDefinitionKey(key)
                  .count())
          .as("open " + key)
          .isPositive();
    }
  }

  private static void checkReviewMeeting(JdbcTemplate jdbc) {
    int lastYear = LocalDateTime.now(ZONE).getYear() - 1;
    List<Map<String, Object>> held =
        jdbc.queryForList(
            "SELECT id FROM rm_meeting WHERE status = 'FED_BACK' AND meeting_year = ?", lastYear);
    assertThat(held).hasSize(1);
    Object meeting = held.get(0).get("id");
    int units = count(jdbc, "SELECT COUNT(*) FROM rm_unit");
    assertThat(count(jdbc, "SELECT COUNT(*) FROM rm_result WHERE meeting_id = " + meeting))
        .isEqualTo(units);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM rm_feedback WHERE meeting_id = " + meeting))
        .isEqualTo(units);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM rm_comment WHERE meeting_id = " + meeting))
        .isEqualTo(units);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM rm_rating WHERE meeting_id = " + meeting))
        .isEqualTo(units * 10);
    assertThat(
            count(
                jdbc, "SELECT COUNT(DISTINCT grade) FROM rm_result WHERE meeting_id = " + meeting))
        .as("more than one grade")
        .isGreaterThan(1);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM rm_meeting WHERE status = 'OPEN'")).isOne();
  }

  private static void checkChairStipend(JdbcTemplate jdbc) {
    List<String> approved =
        jdbc.queryForList("SELECT quarter FROM cs_quarter WHERE status = 'APPROVED'", String.class);
    assertThat(approved).hasSize(1);
    assertThat(
            count(
                jdbc, "SELECT COUNT(*) FROM cs_payment WHERE quarter = '" + approved.get(0) + "'"))
        .isGreaterThan(100);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM cs_quarter WHERE status <> 'APPROVED'"))
        .as("the quarter just ended is open")
        .isOne();
  }

  /**
   * Nothing is left for the job executor to catch up on, but the open quarter's hourly check
   * (harmless: it counts again) and, inside the nightly window, the engine's history cleanup (due
   * by the time of day, not by the demo history; it has no job definition).
   */
  private static void checkNoJobIsOverdue(ProcessEngine engine) {
    List<String> cleanup =
        engine.getHistoryService().findHistoryCleanupJobs().stream().map(Job::getId).toList();
    List<String> due = new ArrayList<>();
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (cleanup.contains(job.getId())) {
        continue;
      }
      String activity =
          engine
              .getManagementService()
              .createJobDefinitionQuery()
              .jobDefinitionId(job.getJobDefinitionId())
              .singleResult()
              .getActivityId();
      if (!"Timer_NextCheck".equals(activity)) {
        due.add(job.getProcessDefinitionKey() + "/" + activity);
      }
    }
    assertThat(due).as("jobs due at start-up").isEmpty();
  }

  private static int count(JdbcTemplate jdbc, String sql) {
    Integer n = jdbc.queryForObject(sql, Integer.class);
    return n == null ? 0 : n;
  }

  private static void execute(String url, String sql) throws SQLException {
    String user = System.getenv("DB_USER") == null ? "root" : System.getenv("DB_USER");
    String password = System.getenv("DB_PASSWORD") == null ? "" : System.getenv("DB_PASSWORD");
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
