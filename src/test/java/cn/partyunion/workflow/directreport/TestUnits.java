package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.testkit.TestClock;
import java.sql.Timestamp;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A park and an enterprise of a test's own (codes new to this run), so that the counts of other
 * tests' cases in the shared database do not disturb hand-computed figures. Liaison: liaison01.
 */
record TestUnits(String park, String parkName, String enterprise, String enterpriseName) {

  static final String INDUSTRY = "测试产业";

  /**
   * Puts {@code enterprise} into the designation batches of last year and this year (engine clock),
   * creating them as confirmed where missing, so that it may nominate (DOMAIN §7.4).
   */
  static void designate(JdbcTemplate jdbc, String enterprise) {
    int year = TestClock.local(ClockUtil.getCurrentTime()).getYear();
    for (int y = year - 1; y <= year; y++) {
      Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
      if (jdbc.queryForObject(
              "SELECT COUNT(*) FROM ed_batch WHERE batch_year = ?", Integer.class, y)
          == 0) {
        jdbc.update(
            "INSERT INTO ed_batch (batch_year, deadline, status, opened_at)"
                + " VALUES (?, ?, 'CONFIRMED', ?)",
            y,
            java.sql.Date.valueOf(y + "-01-31"),
            now);
      }
      jdbc.update(
          "INSERT INTO ed_designation (batch_year, enterprise_code, liaison_id, officer_code,"
              + " park_recommended, chain_recommended, designated_at) VALUES (?, ?, 'liaison01',"
              + " 'officer01', TRUE, TRUE, ?)",
          y,
          enterprise,
          now);
    }
  }

  /** The enterprise's Party branch (its {@code md_branch} code and Camunda group). */
  String branch() {
    return "bt" + enterprise.substring(2);
  }

  static TestUnits create(JdbcTemplate jdbc) {
    String n = Integer.toString(100000 + ThreadLocalRandom.current().nextInt(900000));
    TestUnits units = new TestUnits("pt" + n, "测试园区" + n, "et" + n, "测试企业" + n);
    jdbc.update("INSERT INTO dr_park (code, name) VALUES (?, ?)", units.park, units.parkName);
    jdbc.update(
        "INSERT INTO dr_enterprise (code, name, industry, park_code, liaison_id) "
            + "VALUES (?, ?, ?, ?, 'liaison01')",
        units.enterprise,
        units.enterpriseName,
        INDUSTRY,
        units.park);
    // its Party branch, which takes over a mature candidate (memberDevelopment, DOMAIN §6)
    jdbc.update(
        "INSERT INTO md_branch (code, name, enterprise_code, enterprise_name, park_code) "
            + "VALUES (?, ?, ?, ?, ?)",
        "bt" + n,
        units.enterpriseName + "党支部",
        units.enterprise,
        units.enterpriseName,
        units.park);
    designate(jdbc, units.enterprise);
    return units;
  }
}
