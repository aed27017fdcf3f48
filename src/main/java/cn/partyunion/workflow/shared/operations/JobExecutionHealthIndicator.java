package cn.partyunion.workflow.shared.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecution}: UP while this node's job executor acquires jobs, DOWN when
 * it should and does not, {@code DISABLED} on a node started with {@code
 * camunda.bpm.job-execution.enabled=false} (a web-only node). Details: the lock owner (this node's
 * name in {@code ACT_RU_JOB.LOCK_OWNER_}), lock time and longest idle wait — what decides how soon
 * another node takes over a dead node's jobs (README "Operating").
 */
@Component
public class JobExecutionHealthIndicator implements HealthIndicator {

  static final Status DISABLED = new Status("DISABLED", "job executor switched off on this node");

  private final ProcessEngine engine;

  public JobExecutionHealthIndicator(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Health health() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = configuration.getJobExecutor();
    Health.Builder health;
    if (executor == null || !configuration.isJobExecutorActivate() && !executor.isActive()) {
      health = Health.status(DISABLED);
    } else {
      health = executor.isActive() ? Health.up() : Health.down();
    }
    if (executor != null) {
      health
          .withDetail("lockOwner", executor.getLockOwner())
          .withDetail("lockTimeInMillis", executor.getLockTimeInMillis())
          .withDetail("maxWait", executor.getMaxWait())
          .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
    }
    return health.build();
  }
}
