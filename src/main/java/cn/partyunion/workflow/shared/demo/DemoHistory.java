package cn.partyunion.workflow.shared.demo;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.UserAuthentication;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kit the demo history steps ({@code *DemoHistory} in each process package) load their records
 * with: through the processes themselves, as the real users do, never by writing engine tables.
 *
 * <ul>
 *   <li>{@link #load}: runs a loader once per database — only when {@code partyunion.demo.history}
 *       is on and the part's marker (an engine property {@code partyunion.demo-history.<part>},
 *       {@link ManagementService#setProperty}) is absent — and always resets the engine clock
 *       afterwards, also when the loader throws;
 *   <li>{@link #at}: moves the loading thread's engine clock ({@link DemoHistoryClock}) to a moment
 *       of the past; the users' requests served meanwhile keep the real time;
 *   <li>{@link #start}, {@link #complete}: submit a start or task form as a demo user, with that
 *       user's groups and tenants ({@link UserAuthentication}), so that the engine's authorization
 *       checks, the tenant checks and the form guard apply as they do in Tasklist;
 *   <li>{@link #runDueJobs}: executes the jobs due at the current (moved) clock, as the job
 *       executor would.
 * </ul>
 *
 * <p>The steps run on {@link DemoData}'s background thread, before the job executor starts (the
 * demo profile starts it once the history is complete), so no job runs behind the loader's back; a
 * loader leaves no timer due before the real time unless firing it later is harmless.
 */
@Component
@Profile("demo")
public class DemoHistory {

  /** Prefix of the engine properties that mark a loaded part. */
  public static final String MARKER_PREFIX = "partyunion.demo-history.";

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  private final boolean enabled;
  private final TransactionTemplate transactions;
  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final Map<String, Authentication> authentications = new HashMap<>();
  private final Map<String, String> definitions = new HashMap<>();

  public DemoHistory(
      @Value("${partyunion.demo.history:false}") boolean enabled,
      ProcessEngine engine,
      PlatformTransactionManager transactions) {
    this.enabled = enabled;
    this.transactions = new TransactionTemplate(transactions);
    this.identityService = engine.getIdentityService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
  }

  /** Whether the history is to be loaded at all ({@code partyunion.demo.history}). */
  public boolean enabled() {
    return enabled;
  }

  /** Whether {@code part} has been loaded into this database (its marker is present). */
  public boolean loaded(String part) {
    return managementService.getProperties().containsKey(MARKER_PREFIX + part);
  }

  /**
   * Runs {@code loader} when the history is enabled and {@code part} is not marked yet, then marks
   * it. The marker is written before the loader runs ({@code loading}) and replaced once it has
   * finished ({@code loaded <real time>}): a start that broke off in the middle is not repeated on
   * top of its half (its rows would collide), it is logged instead. The engine clock is reset
   * afterwards, whatever happens.
   *
   * @param loader receives the real time the history ends at ("now" of the demo)
   */
  public void load(String part, java.util.function.Consumer<LocalDateTime> loader) {
    if (!enabled) {
      return;
    }
    String marker = MARKER_PREFIX + part;
    String state = managementService.getProperties().get(marker);
    if (state != null) {
      if (!state.startsWith("loaded")) {
        LOG.warn(
            "Demo history {} was left incomplete by an earlier start ({}): not loaded",
            part,
            state);
      }
      return;
    }
    DemoHistoryClock.release();
    LocalDateTime now = EngineClock.current();
    long started = System.nanoTime();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    managementService.setProperty(marker, "loading " + now);
    DemoHistoryClock.install();
    try {
      loader.accept(now);
    } finally {
      DemoHistoryClock.release();
      identityService.clearAuthentication();
    }
    managementService.setProperty(marker, "loaded " + now);
    LOG.info(
        "Demo history {} loaded in {} ms ({} ms CPU of the loading thread)",
        part,
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted).toMillis());
  }

  /**
   * Runs {@code actions} (several users' steps, each an engine command of its own) in one database
   * transaction: the engine's commands join it, so the steps of one case commit once instead of
   * once each — the history's time on MySQL/MariaDB is mostly commits. A failure rolls back them
   * all.
   */
  public void inTransaction(Runnable actions) {
    transactions.executeWithoutResult(status -> actions.run());
  }

  /**
   * Moves the engine clock of the loading thread to {@code time} (application zone); other threads
   * keep the real time ({@link DemoHistoryClock}).
   */
  public void at(LocalDateTime time) {
    DemoHistoryClock.moveThisThreadTo(EngineClock.toDate(time));
  }

  /** The result of {@code action} run as {@code userId} with the user's groups and tenants. */
  public <T> T as(String userId, Supplier<T> action) {
    Authentication auth =
        authentications.computeIfAbsent(userId, id -> UserAuthentication.of(identityService, id));
    identityService.setAuthentication(auth);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Submits the start form of the latest version of {@code processKey} as {@code userId}.
   *
   * @param values exactly the form's editable fields
   */
  public ProcessInstance start(String userId, String processKey, Map<String, Object> values) {
    String definitionId =
        definitions.computeIfAbsent(
            processKey,
            key ->
                repositoryService
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getId());
    return as(userId, () -> formService.submitStartForm(definitionId, values));
  }

  /**
   * Claims {@code task} for {@code userId} unless it is assigned already, and submits its form as
   * that user, as Tasklist does.
   *
   * @param values exactly the form's editable fields
   */
  public void complete(String userId, Task task, Map<String, Object> values) {
    as(
        userId,
        () -> {
          if (task.getAssignee() == null) {
            taskService.claim(task.getId(), userId);
          }
          formService.submitTaskForm(task.getId(), values);
          return null;
        });
  }

  /** The open tasks of {@code processInstanceId} at {@code taskKey} (no user's restrictions). */
  public List<Task> tasks(String processInstanceId, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .list();
  }

  /** The one open task of {@code processInstanceId} at {@code taskKey}, or {@code null}. */
  public Task task(String processInstanceId, String taskKey) {
    List<Task> open = tasks(processInstanceId, taskKey);
    return open.isEmpty() ? null : open.get(0);
  }

  /** The open task of {@code processInstanceId} at {@code taskKey} offered to {@code group}. */
  public Task groupTask(String processInstanceId, String taskKey, String group) {
    List<Task> open =
        taskService
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .taskCandidateGroup(group)
            .list();
    return open.isEmpty() ? null : open.get(0);
  }

  /** A variable of {@code processInstanceId} (no user's restrictions). */
  public Object variableOf(String processInstanceId, String name) {
    return runtimeService.getVariable(processInstanceId, name);
  }

  /**
   * A field of {@code task}'s form as the form shows it (its form variables: a variable, or the
   * value a process's {@code FormValueSource} reads from its tables).
   */
  public Object variable(Task task, String name) {
    return formService.getTaskFormVariables(task.getId(), List.of(name), true).get(name);
  }

  /**
   * Executes the jobs of {@code processDefinitionKey} that are due at the engine clock, and those
   * they create, until none is due (as the job executor would at that moment).
   *
   * @return how many jobs ran
   */
  public int runDueJobs(String processDefinitionKey) {
    int ran = 0;
    List<Job> due;
    while (!(due =
            managementService
                .createJobQuery()
                .processDefinitionKey(processDefinitionKey)
                .executable()
                .listPage(0, 500))
        .isEmpty()) {
      for (Job job : due) {
        managementService.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  /**
   * Executes the jobs of {@code processInstanceId} due at the engine clock, and those they create,
   * until none is due.
   */
  public void runDueJobsOf(String processInstanceId) {
    List<Job> due;
    while (!(due =
            managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .executable()
                .list())
        .isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /** The one job of {@code processInstanceId} (timer or continuation), or {@code null}. */
  public Job job(String processInstanceId) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).list();
    return jobs.isEmpty() ? null : jobs.get(0);
  }
}
