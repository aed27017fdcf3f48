package cn.partyunion.workflow.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's times are stored as Asia/Shanghai wall-clock times whatever the database
 * server's zone (issue 13): on MySQL/MariaDB every time column of the application's tables is
 * {@code DATETIME} (no conversion through the session's zone, no 2038 limit, like Camunda's own
 * columns), and a row written by a session in UTC and one written by a session in +08:00 — through
 * the application's JDBC URL, binding a {@code LocalDateTime} as MyBatis does and a {@code
 * Timestamp} as the engine does — read back identical. Runs where a MySQL URL is configured ({@code
 * DB_URL}); skipped on H2, whose {@code TIMESTAMP} has no session zone.
 */
@WorkflowSpringTest
class DatabaseTimeZoneTest {

  private static final LocalDateTime WRITTEN = LocalDateTime.of(2039, 6, 30, 23, 30, 15);

  @Autowired JdbcTemplate jdbc;

  @Test
  void theApplicationsTablesHaveNoTimestampColumn() {
    assumeMysql();
    List<String> timestamps =
        jdbc.queryForList(
            "SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND data_type = 'timestamp'"
                + " AND LOWER(table_name) NOT LIKE 'act\\_%'"
                + " AND LOWER(table_name) <> 'flyway_schema_history'",
            String.class);
    assertThat(timestamps).as("TIMESTAMP columns of the application's tables").isEmpty();
  }

  @Test
  void aSessionInUtcAndOneInShanghaiStoreIdenticalValues() throws Exception {
    assumeMysql();
    List<Map<String, Object>> stored = new ArrayList<>();
    for (String zone : List.of("+00:00", "+08:00")) {
      String chairId = "tz" + zone.replaceAll("\\D", "");
      jdbc.update("DELETE FROM cs_chair WHERE chair_id = ?", chairId);
      String url = sessionInZone(zone);
      try (Connection connection =
          DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""))) {
        assertThat(
                new JdbcTemplate(
                        new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                            connection, true))
                    .queryForObject("SELECT @@session.time_zone", String.class))
            .isEqualTo(zone);
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO cs_chair (chair_id, name, enterprise_name, town_unit_code,"
                    + " union_members, standalone_union, directly_under_town, on_public_payroll,"
                    + " in_office, office_start, office_end, updated_at)"
                    + " VALUES (?, '时区测试', '时区测试企业', 'jytown01', 10, FALSE, TRUE, FALSE, TRUE,"
                    + " ?, NULL, ?)")) {
          insert.setString(1, chairId);
          insert.setObject(2, LocalDate.of(2039, 1, 1));
          insert.setObject(3, WRITTEN); // as MyBatis binds EngineClock.current()
          insert.executeUpdate();
        }
      }
      stored.add(
          jdbc.queryForMap(
              "SELECT updated_at, CAST(updated_at AS CHAR) AS text FROM cs_chair WHERE chair_id = ?",
              chairId));
      jdbc.update("DELETE FROM cs_chair WHERE chair_id = ?", chairId);
    }
    assertThat(stored.get(0).get("text")).isEqualTo("2039-06-30 23:30:15");
    assertThat(stored.get(1).get("text")).isEqualTo(stored.get(0).get("text"));
    assertThat(stored.get(0).get("updated_at"))
        .isEqualTo(WRITTEN); // Connector/J reads DATETIME as LocalDateTime
    assertThat(stored.get(1).get("updated_at")).isEqualTo(stored.get(0).get("updated_at"));
  }

  @Test
  void aTimestampBoundAsTheEngineBindsItIsTheSameWallClockTimeInBothSessionZones()
      throws Exception {
    assumeMysql();
    List<String> stored = new ArrayList<>();
    for (String zone : List.of("+00:00", "+08:00")) {
      String url = sessionInZone(zone);
      try (Connection connection =
          DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""))) {
        try (PreparedStatement select = connection.prepareStatement("SELECT CAST(? AS DATETIME)")) {
          select.setTimestamp(1, Timestamp.valueOf(WRITTEN)); // as the engine binds a Date
          try (var result = select.executeQuery()) {
            result.next();
            stored.add(result.getString(1));
          }
        }
      }
    }
    assertThat(stored).containsExactly("2039-06-30 23:30:15", "2039-06-30 23:30:15");
  }

  /**
   * The application's JDBC URL with the session's {@code time_zone} set to {@code zone} ("+08:00";
   * the {@code +} percent-encoded, since Connector/J decodes the URL's values).
   */
  private static String sessionInZone(String zone) {
    return System.getenv("DB_URL")
        + "&sessionVariables=time_zone='"
        + zone.replace("+", "%2B")
        + "'";
  }

  private static void assumeMysql() {
    String url = System.getenv("DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:mysql:") && url.contains("?"),
        "no MySQL URL configured (DB_URL): the suite runs on H2");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
