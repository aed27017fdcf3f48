package cn.partyunion.workflow.shared.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs jobs in tests, where the job executor is off: the due jobs of process instances until none
 * is left, or the job waiting at one activity (a timer before it is due, an asynchronous
 * continuation).
 */
public final class JobRunner {

  private final ManagementService management;

  public JobRunner(ProcessEngine engine) {
    this.management = engine.getManagementService();
  }

  /** Executes the due jobs of the instance, and those they create, until none is due. */
  public void runDueJobs(String processInstanceId) {
    runDueJobs(() -> List.of(processInstanceId));
  }

  /**
   * Executes the due jobs of the instances, and those they create, until none is due; the instances
   * are asked for again before every round (jobs may start new instances).
   */
  public void runDueJobs(Supplier<? extends Collection<String>> processInstanceIds) {
    List<Job> jobs;
    while (!(jobs = dueJobs(processInstanceIds.get())).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> dueJobs(Collection<String> processInstanceIds) {
    List<Job> jobs = new ArrayList<>();
    for (String id : processInstanceIds) {
      jobs.addAll(management.createJobQuery().processInstanceId(id).executable().list());
    }
    return jobs;
  }

  /** Executes the one job of the instance waiting at {@code activityId}, due or not. */
  public void execute(String processInstanceId, String activityId) {
    Job job =
        management
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(activityId)
            .singleResult();
    if (job == null) {
      throw new AssertionError("no job at " + activityId + " in " + processInstanceId);
    }
    management.executeJob(job.getId());
  }

  /**
   * Executes every job of the instance waiting at {@code activityId} (none is fine), due or not.
   */
  public void executeAll(String processInstanceId, String activityId) {
    management
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(activityId)
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
