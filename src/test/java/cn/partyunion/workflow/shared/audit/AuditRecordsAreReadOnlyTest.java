package cn.partyunion.workflow.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.testkit.AuditRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail is read by the audit administrator only, and nobody changes or deletes a row
 * through any endpoint (issue 16); only rows older than the retention are deleted; on MySQL/MariaDB
 * the database itself refuses an update and the deletion of a younger row.
 */
@WorkflowSpringTest
class AuditRecordsAreReadOnlyTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired AuditMapper mapper;
  @Autowired AuditRetention retention;
  @LocalServerPort int port;

  @Test
  void theAuditAdministratorSearchesByUserAndKindAndExports() {
    HttpApi api = new HttpApi(port, "");
    api.call("GET", "hhrater01", "/api/workbench/me", null);
    HttpApi.Response page =
        api.call("GET", "auditor01", "/api/audit/events?user=hhrater01&kind=LOGIN&size=1", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json()).hasSize(1);
    assertThat(page.json().get(0).get("userId").asText()).isEqualTo("hhrater01");
    assertThat(page.json().get(0).get("kindLabel").asText()).isEqualTo("登录");
    assertThat(page.json().get(0).get("outcomeLabel").asText()).isEqualTo("成功");

    String today = EngineClock.today().toString();
    AuditRows rows = AuditRows.since(jdbc);
    assertThat(
            api.call(
                    "GET",
                    "auditor01",
                    "/api/audit/events.xlsx?from=" + today + "&to=" + today,
                    null)
                .status())
        .isEqualTo(200);
    assertThat(rows.only("EXPORT"))
        .containsEntry("user_id", "auditor01")
        .containsEntry("action", "GET /api/audit/events.xlsx");
  }

  @Test
  void aBadFilterIsRefusedWithTheAllowedValues() {
    HttpApi.Response bad =
        new HttpApi(port, "").call("GET", "auditor01", "/api/audit/events?kind=READ", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("LOGIN").contains("EXPORT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent01", "orgdept01", "sysadmin01", "secadmin01"})
  void nobodyButTheAuditAdministratorReadsTheTrail(String user) {
    HttpApi api = new HttpApi(port, "");
    assertThat(api.call("GET", user, "/api/audit/events", null).status()).isEqualTo(403);
    assertThat(api.call("GET", user, "/api/audit/events.xlsx", null).status()).isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auditor01", "admin"})
  void noEndpointChangesOrDeletesARow(String user) {
    HttpApi api = new HttpApi(port, "");
    api.call("GET", "hhrater02", "/api/workbench/me", null);
    Map<String, Object> row = AuditRows.lastOf(jdbc, "hhrater02");
    long id = (Long) row.get("id");
    long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
    String change = "{\"userId\":\"nobody\",\"outcome\":\"FAILURE\"}";
    for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
      for (String path :
          List.of("/api/audit/events", "/api/audit/events/" + id, "/api/audit/events.xlsx")) {
        assertThat(api.call(method, user, path, change).status())
            .as(method + " " + path)
            .isIn(404, 405);
      }
    }
    assertThat(AuditRows.lastOf(jdbc, "hhrater02")).isEqualTo(row);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id = ?", Long.class, id))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class))
        .isGreaterThan(count);
  }

  @Test
  void theCleanupDeletesOnlyRowsOlderThanTheRetention() {
    mapper.insert(event(Duration.ofDays(200), "retention-old"));
    mapper.insert(event(Duration.ofDays(179), "retention-young"));
    retention.deleteExpired();
    assertThat(count("retention-old")).isZero();
    assertThat(count("retention-young")).isEqualTo(1);
  }

  @Test
  void aRetentionShorterThan180DaysStopsTheStart() {
    assertThatThrownBy(() -> new AuditProperties(Duration.ofDays(179)))
        .hasMessageContaining("P180D");
    assertThat(new AuditProperties(Duration.ofDays(365)).retention())
        .isEqualTo(Duration.ofDays(365));
  }

  @Test
  void onMysqlTheDatabaseRefusesAnUpdateAndAnEarlyDelete() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(
          connection.getMetaData().getDatabaseProductName().matches("(?i).*(mysql|mariadb).*"),
          "the append-only triggers exist on MySQL/MariaDB only");
    }
    mapper.insert(event(Duration.ofDays(1), "trigger-young"));
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "UPDATE audit_event SET outcome = 'FAILURE' WHERE action = 'trigger-young'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE action = 'trigger-young'"))
        .hasMessageContaining("180 days");
    assertThat(count("trigger-young")).isEqualTo(1);
  }

  private static AuditEvent event(Duration age, String action) {
    return new AuditEvent(
        null,
        EngineClock.current().minus(age),
        "retentiontest",
        null,
        AuditKind.LOGIN.name(),
        action,
        null,
        AuditOutcome.SUCCESS.name());
  }

  private long count(String action) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_event WHERE action = ?", Long.class, action);
  }
}
