package cn.partyunion.workflow.directreport;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A park and an enterprise of a test's own (codes new to this run), so that the counts of other
 * tests' cases in the shared database do not disturb hand-computed figures. Liaison: liaison01.
 */
record TestUnits(String park, String parkName, String enterprise, String enterpriseName) {

  static final String INDUSTRY = "测试产业";

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
    return units;
  }
}
