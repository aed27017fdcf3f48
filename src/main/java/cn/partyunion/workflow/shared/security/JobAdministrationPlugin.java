package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.UserFacingError;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.springframework.stereotype.Component;

/**
 * Only administrators work on jobs and job definitions (ENGINE-NOTES: a refused {@code POST
 * /engine-rest/job/{id}/execute} used to decrement the job's retries, an incident after three
 * calls).
 *
 * <p>When an authenticated user who is neither one of the engine's admin users nor member of one of
 * its admin groups (by default {@link CurrentUser#ADMIN_GROUP}) calls, as the outermost engine
 * command, one of the job commands below, the command is refused before it runs: the caller gets
 * {@link AuthorizationException}, which the REST APIs ({@code /engine-rest} and the webapps' {@code
 * /camunda/api/engine}) answer with 403 and {@code {"type": "AuthorizationException", "message":
 * "只有管理员可以执行或修改作业。"}}. Nothing changes: no retry is used, no incident, no failed-job log, no user
 * operation log.
 *
 * <p>Refused commands: execute ({@code ExecuteJobsCmd}), set retries of jobs or of a job
 * definition's jobs ({@code SetJobRetriesCmd}, the batches {@code SetJobsRetriesBatchCmd} and
 * {@code SetJobsRetriesByProcessBatchCmd}), due date ({@code SetJobDuedateCmd}, {@code
 * RecalculateJobDuedateCmd}), priority ({@code SetJobPriorityCmd}, {@code
 * SetJobDefinitionPriorityCmd}), suspend/activate jobs and job definitions (subclasses of {@code
 * AbstractSetJobStateCmd}, {@code AbstractSetJobDefinitionStateCmd}), delete ({@code DeleteJobCmd},
 * {@code DeleteJobsCmd}), unlock and the failed-job retry commands.
 *
 * <p>Pass unchecked: commands nested in another command (the engine's own work, e.g. suspending a
 * process definition with its jobs), calls without an authenticated user (the job executor, the
 * application itself, tests) and administrators. The engine's own permission checks still apply
 * after this one.
 */
@Component
public class JobAdministrationPlugin extends AbstractProcessEnginePlugin {

  /** The refusal's message, shown by the webapps. */
  public static final String ADMINISTRATORS_ONLY = "只有管理员可以执行或修改作业。";

  private static final List<Class<?>> JOB_COMMANDS =
      List.of(
          ExecuteJobsCmd.class,
          SetJobRetriesCmd.class,
          AbstractSetJobsRetriesBatchCmd.class,
          SetJobDuedateCmd.class,
          RecalculateJobDuedateCmd.class,
          SetJobPriorityCmd.class,
          SetJobDefinitionPriorityCmd.class,
          AbstractSetJobStateCmd.class,
          AbstractSetJobDefinitionStateCmd.class,
          DeleteJobCmd.class,
          DeleteJobsCmd.class,
          UnlockJobCmd.class,
          JobRetryCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(new AdministratorsOnly(configuration));
  }

  /** True for the commands that execute or change jobs or job definitions. */
  static boolean isJobCommand(Command<?> command) {
    return JOB_COMMANDS.stream().anyMatch(type -> type.isInstance(command));
  }

  private static final class AdministratorsOnly extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    AdministratorsOnly(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (EngineCallers.isNonAdministratorCall(configuration)) {
        if (command instanceof FailedJobListener) {
          // ExecuteJobHelper runs the failed-job listener after any failure of ExecuteJobsCmd,
          // our refusal included; it would use up a retry and log a failure. A non-admin never
          // gets to execute a job, so there is no failure of theirs to record.
          return null;
        }
        if (isJobCommand(command)) {
          UserFacingError.remember(403, "AuthorizationException", ADMINISTRATORS_ONLY);
          throw new AuthorizationException(ADMINISTRATORS_ONLY);
        }
      }
      return next.execute(command);
    }
  }
}
