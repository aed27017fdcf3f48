package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.UserFacingError;
import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The due date of a user task of our processes is the process's, not the assignee's (issue 11: an
 * assignee who clears or moves it switches off the overdue light of {@code OverdueFlag}).
 *
 * <p>Every user task of every deployed model gets a built-in {@code update} task listener. When an
 * authenticated user who is no administrator (neither an engine admin user nor in an admin group,
 * by default {@link CurrentUser#ADMIN_GROUP}) saves a task whose due date changed (Tasklist's 截止日期
 * editor, {@code PUT /engine-rest/task/{id}}), the save is refused with {@link
 * AuthorizationException} — 403 {@code {"type": "AuthorizationException", "message":
 * "任务期限由流程规定，不能修改。"}} in the webapps and the REST API — and logged at INFO with user, task, old and
 * new value; the transaction rolls back, so the due date stays. The same holds for the follow-up
 * date of a task whose model sets one ({@code camunda:followUpDate}): there it is the instant the
 * overdue light turns red (memberDevelopment's statutory steps). The engine's own changes
 * (delegates, listeners, jobs, the demo history: no authenticated user) and administrators pass.
 */
@Component
public class DueDateGuardPlugin extends AbstractProcessEnginePlugin {

  /** The refusal's message, shown by the webapps. */
  public static final String REFUSAL = "任务期限由流程规定，不能修改。";

  private static final Logger LOG = LoggerFactory.getLogger(DueDateGuardPlugin.class);

  /** The engine's name of the due-date property in a task's property changes. */
  private static final String DUE_DATE = "dueDate";

  /** The engine's name of the follow-up-date property in a task's property changes. */
  private static final String FOLLOW_UP_DATE = "followUpDate";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new GuardParseListener());
  }

  private static final class GuardParseListener extends AbstractBpmnParseListener {
    private final TaskListener listener = DueDateGuardPlugin::refuseDueDateChange;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior())
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
    }
  }

  static void refuseDueDateChange(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    PropertyChange change = entity.getPropertyChanges().get(DUE_DATE);
    if (change == null || Objects.equals(change.getOrgValue(), change.getNewValue())) {
      // a follow-up date the model sets is the red light's instant (memberDevelopment)
      change =
          entity.getTaskDefinition() != null
                  && entity.getTaskDefinition().getFollowUpDateExpression() != null
              ? entity.getPropertyChanges().get(FOLLOW_UP_DATE)
              : null;
      if (change == null || Objects.equals(change.getOrgValue(), change.getNewValue())) {
        return;
      }
    }
    CommandContext commandContext = Context.getCommandContext();
    Authentication authentication =
        commandContext == null ? null : commandContext.getAuthentication();
    if (authentication == null
        || authentication.getUserId() == null
        || EngineCallers.isAdministrator(Context.getProcessEngineConfiguration(), authentication)) {
      return;
    }
    LOG.info(
        "Due date change refused: user {} on task {} ({}), {} -> {}",
        authentication.getUserId(),
        task.getId(),
        task.getTaskDefinitionKey(),
        change.getOrgValue(),
        change.getNewValue());
    UserFacingError.remember(403, "AuthorizationException", REFUSAL);
    throw new AuthorizationException(REFUSAL);
  }
}
