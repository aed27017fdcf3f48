package cn.partyunion.workflow.benchmark;

import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.security.UserAuthentication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct-report cases as the users work them in Tasklist: the enterprise contact submits the
 * nomination form, then the liaison, the park committee and the organization department each submit
 * their review form with "同意" — four engine commands per case ({@link #COMMANDS}), each as the
 * signed-in user with groups and tenants, so that authorization, tenant checks and the form guard
 * run. The tasks are looked up between the commands without a user (a query, not counted as a
 * command). Enterprises are taken in turn over the demo enterprises.
 */
final class DirectReportCases {

  /** State-changing engine commands per case: start and three review submissions. */
  static final int COMMANDS = 4;

  private record Unit(String contact, String liaison, String park) {}

  private final List<Unit> units;
  private final String definitionId;
  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Map<String, Authentication> authentications = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean counted;

  DirectReportCases(ProcessEngine engine, JdbcTemplate jdbc) {
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("directReport")
            .latestVersion()
            .singleResult()
            .getId();
    this.units =
        jdbc.query(
            "SELECT code, liaison_id, park_code FROM dr_enterprise e"
                + " WHERE EXISTS (SELECT 1 FROM ACT_ID_USER u WHERE u.ID_ = e.code) ORDER BY code",
            (rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3)));
    if (units.isEmpty()) {
      throw new IllegalStateException("no demo enterprise with a contact user");
    }
  }

  /** Nominates one worker: the case waits at the liaison's review (one command). */
  String nominate() {
    Unit unit = units.get(Math.floorMod(next.getAndIncrement(), units.size()));
    return as(unit.contact(), () -> forms.submitStartForm(definitionId, Nominations.valid()))
        .getId();
  }

  /**
   * Whether the {@link StatementCounter} counts only while a command runs (one thread: the counter
   * is switched on and off around each command, so the task lookups are left out).
   */
  void countCommandsOnly(boolean counted) {
    this.counted = counted;
  }

  /** Runs one whole case to the organization department's approval. */
  void runCase() {
    String pi = nominate();
    approve(pi);
    approve(pi);
    approve(pi);
  }

  /** Submits the open review task of {@code processInstanceId} with "同意" as its reviewer. */
  void approve(String processInstanceId) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    Unit unit =
        units.stream()
            .filter(u -> u.contact().equals(task.getTenantId()))
            .findFirst()
            .orElseThrow();
    String reviewer =
        switch (task.getTaskDefinitionKey()) {
          case "Task_LiaisonReview" -> unit.liaison();
          case "Task_ParkReview" -> unit.park();
          default -> "orgdept01";
        };
    as(
        reviewer,
        () -> {
          forms.submitTaskForm(task.getId(), Map.of("decision", "APPROVE"));
          return null;
        });
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    identity.setAuthentication(
        authentications.computeIfAbsent(user, id -> UserAuthentication.of(identity, id)));
    if (counted) {
      StatementCounter.resume();
    }
    try {
      return action.get();
    } finally {
      if (counted) {
        StatementCounter.pause();
      }
      identity.clearAuthentication();
    }
  }
}
