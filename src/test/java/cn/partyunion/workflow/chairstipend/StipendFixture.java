package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Test data and steps for the chair stipend. Each test uses its own quarter (19xx, before any demo
 * chair took office) and chairs whose term ends with that quarter, so tests never see each other's
 * tasks even on one shared database.
 */
final class StipendFixture {

  static final String KEY = "chairStipend";
  final ProcessEngine engine;
  final ChairRegister register;
  final QuarterMapper quarters;
  final JobRunner jobs;
  final TaskFinder taskFinder;

  StipendFixture(ProcessEngine engine, ChairRegister register, QuarterMapper quarters) {
    this.engine = engine;
    this.register = register;
    this.quarters = quarters;
    this.jobs = new JobRunner(engine);
    this.taskFinder = new TaskFinder(engine);
  }

  /** An eligible chair in office for exactly {@code quarter}. */
  Chair eligible(String chairId, String town, int members, String quarter) {
    Quarter q = Quarter.parse(quarter);
    return chair(
        chairId,
        town,
        members,
        members >= 200,
        members < 200,
        false,
        true,
        q.firstDay(),
        q.lastDay());
  }

  Chair chair(
      String chairId,
      String town,
      int members,
      boolean standalone,
      boolean direct,
      boolean payroll,
      boolean inOffice,
      LocalDate start,
      LocalDate end) {
    Chair chair =
        new Chair(
            chairId,
            "测试主席" + chairId,
            "江阴测试企业" + chairId + "有限公司",
            town,
            members,
            standalone,
            direct,
            payroll,
            inOffice,
            start,
            end);
    register.register(chair);
    return chair;
  }

  ProcessInstance start(String quarter) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(KEY, Variables.createVariables().putValue("quarter", quarter));
  }

  /** The quarter instance and its chairs' running instances. */
  List<String> instances(String processInstanceId) {
    List<String> ids = new ArrayList<>(List.of(processInstanceId));
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
        .processInstanceBusinessKeyLike(quarterOf(processInstanceId) + "/%")
        .list()
        .forEach(pi -> ids.add(pi.getId()));
    return ids;
  }

  private String quarterOf(String processInstanceId) {
    return (String)
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .variableName("quarter")
            .singleResult()
            .getValue();
  }

  /**
   * Executes the due jobs of the quarter and its chairs until none is left (the job executor is
   * off).
   */
  void runJobs(String processInstanceId) {
    jobs.runDueJobs(() -> instances(processInstanceId));
  }

  /**
   * Fires the quarter's hourly safety-net check now (when the quarter waits for it), then runs the
   * due jobs.
   */
  void checkNow(String processInstanceId) {
    runJobs(processInstanceId);
    jobs.executeAll(processInstanceId, "Timer_NextCheck");
    runJobs(processInstanceId);
  }

  /** Open tasks at {@code taskDefinitionKey} of the quarter or of its chairs' instances. */
  List<Task> tasks(String processInstanceId, String taskDefinitionKey) {
    List<Task> tasks =
        new ArrayList<>(taskFinder.open(instances(processInstanceId), taskDefinitionKey));
    tasks.sort(
        Comparator.comparing(
            t ->
                String.valueOf(t.getAssignee())
                    + engine.getTaskService().getVariable(t.getId(), "chairId")));
    return tasks;
  }

  /** The running instance of {@code chairId} in the quarter of {@code processInstanceId}. */
  ProcessInstance chairInstance(String processInstanceId, String chairId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(
            ChairInstances.businessKey(quarterOf(processInstanceId), chairId))
        .active()
        .singleResult();
  }

  /** The open task of {@code chairId} at {@code taskDefinitionKey}. */
  Task chairTask(String processInstanceId, String taskDefinitionKey, String chairId) {
    return tasks(processInstanceId, taskDefinitionKey).stream()
        .filter(t -> chairId.equals(engine.getTaskService().getVariable(t.getId(), "chairId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskDefinitionKey + " of " + chairId));
  }

  void selfReport(String processInstanceId, String chairId) {
    engine
        .getTaskService()
        .complete(
            chairTask(processInstanceId, "Task_SelfReport", chairId).getId(),
            Variables.createVariables()
                .putValue("dutiesSummary", "本季度组织职工技能竞赛两次，开展集体协商一次，走访困难职工五户。"));
  }

  void assess(String processInstanceId, String chairId, int score) {
    engine
        .getTaskService()
        .complete(
            chairTask(processInstanceId, "Task_Assess", chairId).getId(),
            Variables.createVariables().putValue("score", score).putValue("comment", "履职认真"));
  }

  void approve(String processInstanceId, boolean approved, String comment) {
    Task task = tasks(processInstanceId, "Task_ApproveList").get(0);
    engine
        .getTaskService()
        .complete(
            task.getId(),
            Variables.createVariables()
                .putValue("approved", approved)
                .putValue("comment", comment));
  }

  RosterEntry entry(String quarter, String chairId) {
    return quarters.findRoster(quarter, chairId);
  }
}
