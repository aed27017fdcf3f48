package cn.partyunion.workflow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowApplication;
import cn.partyunion.workflow.shared.testkit.DemoPrivacyKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A MySQL/MariaDB database that ran with the {@code demo} profile starts without it: the whole
 * application is started on a fresh database of the configured server with {@code demo,mysql}, then
 * with {@code mysql} alone; finally the database is turned into one of before issue 9 (the demo
 * data as Flyway versions {@code 9.2.1}/{@code 9.3.1} in the history, no town-union table, the
 * counties present) and started with {@code mysql} alone once more. (A restart with {@code demo} on
 * a persistent database happens in every run: the suite's two Spring contexts start on one
 * database.) Runs where a MySQL URL is configured ({@code DB_URL}, as in CI's second pass); skipped
 * on the default H2 database. Three start-ups: 20 s on an idle 2-core machine, up to two minutes on
 * a busy one.
 */
@Tag("own-jvm")
class DemoProfileRestartTest {

  private static final Pattern URL =
      Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?");

  @Test
  void aDatabaseThatRanWithTheDemoProfileStartsWithTheMysqlProfileAlone() throws Exception {
    String configured = System.getenv("DB_URL");
    Assumptions.assumeTrue(
        configured != null && URL.matcher(configured).matches(),
        "no MySQL URL configured (DB_URL): the suite runs on H2");
    Matcher url = URL.matcher(configured);
    assertThat(url.matches()).isTrue();
    String database = "partyunion_restart" + ThreadLocalRandom.current().nextInt(1_000_000);
    String server = url.group(1) + (url.group(3) == null ? "" : url.group(3));
    String fresh = url.group(1) + database + (url.group(3) == null ? "" : url.group(3));
    execute(
        server,
        "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    try {
      Map<String, Integer> demo = start(fresh, "demo,mysql");
      assertThat(demo)
          .containsEntry("dr_park", 5)
          .containsEntry("dr_enterprise", 43)
          .containsEntry("rm_unit", 24)
          .containsEntry("cs_town_union", 19)
          .containsEntry("cs_chair", 300)
          .containsEntry("demo history rows", 0);
      // admin, 43 enterprises, 10 liaisons, 5 parks, orgdept, Honghe office and deputy, 10 raters,
      // 24 units, jycity, 19 towns, 300 chairs; 43 Party branches (member development), 6 chain
      // committees (designation), the system, security and audit administrators
      assertThat(demo.get("users"))
          .isEqualTo(1 + 43 + 10 + 5 + 1 + 2 + 10 + 24 + 1 + 19 + 300 + 43 + 6 + 3);

      assertThat(start(fresh, "mysql")).as("mysql alone starts, keeps everything").isEqualTo(demo);

      // the database as the former demo migrations left it
      SingleConnectionDataSource connection =
          new SingleConnectionDataSource(fresh, user(), password(), true);
      JdbcTemplate jdbc = new JdbcTemplate(connection);
      jdbc.update("DELETE FROM flyway_schema_history WHERE version IN ('9.1', '9.2')");
      jdbc.execute("DROP TABLE cs_town_union");
      int rank =
          jdbc.queryForObject(
              "SELECT MAX(installed_rank) FROM flyway_schema_history", Integer.class);
      for (List<String> retired :
          List.of(
              List.of(
                  "9.2.1",
                  "demo direct report enterprises",
                  "V9_2_1__demo_direct_report_enterprises.sql"),
              List.of("9.3.1", "review meeting units", "V9_3_1__review_meeting_units.sql"))) {
        jdbc.update(
            "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, installed_on, execution_time, success)"
                + " VALUES (?, ?, ?, 'SQL', ?, 1, 'root', CURRENT_TIMESTAMP, 1, 1)",
            ++rank,
            retired.get(0),
            retired.get(1),
            retired.get(2));
      }
      // the simulated database keeps the migrations after 9.2 (issue 10's V10_*) that a real one
      // of before issue 9 never had: re-created 9.1/9.2 then lie below the latest applied version
      // and must be allowed out of order (a real one applies them in order)
      assertThat(start(fresh, "mysql", "--spring.flyway.out-of-order=true"))
          .as("a database of before issue 9 starts with mysql alone")
          .isEqualTo(demo);
      assertThat(
              jdbc.queryForList(
                  "SELECT version FROM flyway_schema_history"
                      + " WHERE version LIKE '9.%' ORDER BY installed_rank",
                  String.class))
          .containsExactly("9.1", "9.2");
      connection.destroy();
    } finally {
      execute(server, "DROP DATABASE IF EXISTS " + database);
    }
  }

  /**
   * Starts and stops the whole application on {@code url} with {@code profiles} and {@code more}
   * arguments.
   *
   * @return row counts that show what the start left
   */
  private static Map<String, Integer> start(String url, String profiles, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                // a name of its own: the test contexts' engine "default" stays registered
                "--camunda.bpm.process-engine-name=restartcheck",
                "--camunda.bpm.job-execution.enabled=false",
                "--partyunion.demo.history=false", // DemoHistoryTest checks the history
                "--ADMIN_PASSWORD=restart-check"));
    args.addAll(DemoPrivacyKeys.arguments()); // the demo's data is encrypted under the demo keys
    args.addAll(List.of(more));
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WorkflowApplication.class).run(args.toArray(String[]::new))) {
      assertThat(
              app.getBean(ProcessEngine.class)
                  .getIdentityService()
                  .createUserQuery()
                  .userId("admin")
                  .count())
          .isOne();
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String table :
          List.of("dr_park", "dr_enterprise", "rm_unit", "cs_town_union", "cs_chair")) {
        counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
      }
      counts.put("users", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER", Integer.class));
      counts.put(
          "memberships",
          jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP", Integer.class));
      counts.put("groups", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_GROUP", Integer.class));
      counts.put(
          "demo history rows",
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM" + " flyway_schema_history WHERE script LIKE '%demo%'",
              Integer.class));
      return counts;
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String user() {
    String user = System.getenv("DB_USER");
    return user == null ? "root" : user;
  }

  private static String password() {
    String password = System.getenv("DB_PASSWORD");
    return password == null ? "" : password;
  }
}
