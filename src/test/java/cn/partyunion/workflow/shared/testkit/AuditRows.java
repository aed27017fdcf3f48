package cn.partyunion.workflow.shared.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit rows ({@code audit_event}) written since this object was made: tests take one before an
 * action and then assert the rows the action left.
 */
public final class AuditRows {

  private final JdbcTemplate jdbc;
  private final long after;

  private AuditRows(JdbcTemplate jdbc, long after) {
    this.jdbc = jdbc;
    this.after = after;
  }

  /** Marks the current end of the audit trail. */
  public static AuditRows since(JdbcTemplate jdbc) {
    Long max = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
    return new AuditRows(jdbc, max == null ? 0 : max);
  }

  /** The newest row of {@code userId}, columns in lower case. */
  public static Map<String, Object> lastOf(JdbcTemplate jdbc, String userId) {
    return lowerCaseKeys(
        jdbc.queryForMap(
            "SELECT id, occurred_at, user_id, client_address, kind, action, target, outcome"
                + " FROM audit_event WHERE id = (SELECT MAX(id) FROM audit_event WHERE user_id = ?)",
            userId));
  }

  /** Every row since the mark, oldest first, columns in lower case. */
  public List<Map<String, Object>> all() {
    return jdbc
        .queryForList(
            "SELECT id, occurred_at, user_id, client_address, kind, action, target, outcome"
                + " FROM audit_event WHERE id > ? ORDER BY id",
            after)
        .stream()
        .map(AuditRows::lowerCaseKeys)
        .toList();
  }

  /** The rows of {@code kind} since the mark. */
  public List<Map<String, Object>> of(String kind) {
    return all().stream().filter(r -> kind.equals(r.get("kind"))).toList();
  }

  /**
   * The one row of {@code kind} since the mark; fails when there are none or several. Waits up to 5
   * s for the row: a filter writes it once the answer has gone out, which the client may read
   * first.
   */
  public Map<String, Object> only(String kind) {
    List<Map<String, Object>> rows = of(kind);
    for (int wait = 0; rows.isEmpty() && wait < 50; wait++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      rows = of(kind);
    }
    assertThat(rows).as("audit rows of kind " + kind + " in " + all()).hasSize(1);
    return rows.get(0);
  }

  private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.LinkedHashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return lower;
  }
}
