package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test fixture of the designation: a park and an industry chain of the test's own, with enterprises
 * in both, a year no other test uses, and the steps of the process.
 */
final class DesignationFixture {

  static final String REASON = "该企业研发投入高，党组织健全，产业工人队伍规模大。";

  final String park;
  final String chain;
  final RuntimeService runtime;
  final TaskService tasks;
  final TaskFinder finder;
  final JobRunner jobs;
  private final JdbcTemplate jdbc;
  private final String suffix;

  DesignationFixture(ProcessEngine engine, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.finder = new TaskFinder(engine);
    this.jobs = new JobRunner(engine);
    this.suffix = Integer.toString(100000 + ThreadLocalRandom.current().nextInt(900000));
    this.park = "pd" + suffix;
    this.chain = "cd" + suffix;
    jdbc.update("INSERT INTO dr_park (code, name) VALUES (?, ?)", park, "认定园区" + suffix);
    jdbc.update("INSERT INTO dr_chain (code, name) VALUES (?, ?)", chain, "认定产业链党委" + suffix);
    jdbc.update(
        "INSERT INTO dr_officer (code, name, unit) VALUES (?, '首席服务员', '区工业和信息化局')" + "",
        "of" + suffix);
  }

  /** An enterprise of the test's park and chain, high-tech; {@code n} makes the code. */
  String enterprise(int n, boolean withOfficer) {
    String code = "ed" + suffix + n;
    jdbc.update(
        "INSERT INTO dr_enterprise (code, name, industry, park_code, chain_code, liaison_id,"
            + " high_tech, officer_code, contact_id) VALUES (?, ?, '新材料', ?, ?, 'liaison01', TRUE,"
            + " ?, 'ent01')",
        code,
        "认定企业" + suffix + n,
        park,
        chain,
        withOfficer ? "of" + suffix : null);
    return code;
  }

  /** An enterprise of the test's park without any category flag. */
  String plainEnterprise(int n) {
    String code = "ed" + suffix + n;
    jdbc.update(
        "INSERT INTO dr_enterprise (code, name, industry, park_code, chain_code, liaison_id)"
            + " VALUES (?, ?, '新材料', ?, ?, 'liaison01')",
        code,
        "普通企业" + suffix + n,
        park,
        chain);
    return code;
  }

  /** The register name of an enterprise made by this fixture. */
  String name(String code) {
    return jdbc.queryForObject("SELECT name FROM dr_enterprise WHERE code = ?", String.class, code);
  }

  /**
   * A year between 1972 and 2011 with no batch from the year before to six years after (a test asks
   * whether a designation is still in force five years on). Past years, because the tests set the
   * engine clock into the batch year and MySQL's TIMESTAMP columns of the engine end in 2038.
   */
  int freeYear() {
    while (true) {
      int year = 1972 + ThreadLocalRandom.current().nextInt(40);
      Integer count =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM ed_batch WHERE batch_year BETWEEN ? AND ?",
              Integer.class,
              year - 1,
              year + 6);
      if (count == 0) {
        return year;
      }
    }
  }

  ProcessInstance start(int year, LocalDate deadline) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("recommendationDeadline", deadline.toString());
    return runtime.startProcessInstanceByKey(EnterpriseDesignationModel.PROCESS_KEY, form);
  }

  /** The open recommendation task of {@code committee}. */
  Task recommendationTask(ProcessInstance pi, String committee) {
    return finder.single(pi.getId(), EnterpriseDesignationModel.TASK_RECOMMEND, committee);
  }

  void recommend(ProcessInstance pi, String committee, List<String> enterprises, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("recommendedEnterprises", enterprises);
    form.put("designationReason", reason);
    tasks.complete(recommendationTask(pi, committee).getId(), form);
  }

  /** Every other committee's task completed without a recommendation. */
  void othersRecommendNone(ProcessInstance pi) {
    for (Task task : finder.open(pi.getId(), EnterpriseDesignationModel.TASK_RECOMMEND)) {
      tasks.complete(task.getId(), Map.of("recommendedEnterprises", List.of()));
    }
  }

  String committeeStatus(int year, String committee) {
    return jdbc.queryForObject(
        "SELECT CONCAT(status, '/', flag) FROM ed_committee WHERE batch_year = ? AND committee_code = ?",
        String.class,
        year,
        committee);
  }
}
