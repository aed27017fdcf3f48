package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.UserFacingError;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * On claim/assignment and completion of a tenant-scoped task, refuses (403) a user who is neither a
 * candidate user nor a member of a candidate group of the task, and an assignment to somebody who
 * is not. Every tenant-scoped user task therefore names its designated assignee also as candidate
 * user. Calls without an authenticated user (the engine itself, jobs, tests) and administrators
 * pass.
 */
class TaskEntitlementListener implements TaskListener {

  static final String REFUSAL = "您无权处理该任务：它不属于您或您所在的单位。";

  @Override
  public void notify(DelegateTask task) {
    CommandContext commandContext = Context.getCommandContext();
    Authentication authentication =
        commandContext == null ? null : commandContext.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    List<String> groups =
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains(CurrentUser.ADMIN_GROUP)) {
      return;
    }
    TaskEntity entity = (TaskEntity) task;
    boolean assignment = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
    if (assignment && commandContext.getDbEntityManager().getDbEntityCache().isTransient(entity)) {
      return; // the assignee the model gives a new task
    }
    boolean entitled = isCandidate(entity, authentication.getUserId(), groups);
    if (assignment
        && task.getAssignee() != null
        && !task.getAssignee().equals(authentication.getUserId())) {
      entitled = entitled && isCandidateUser(entity, task.getAssignee());
    }
    if (!entitled) {
      UserFacingError.remember(403, "AuthorizationException", REFUSAL);
      throw new AuthorizationException(REFUSAL);
    }
  }

  private static boolean isCandidate(TaskEntity task, String user, List<String> groups) {
    for (IdentityLink link : task.getIdentityLinks()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (user.equals(link.getUserId())
          || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCandidateUser(TaskEntity task, String user) {
    List<String> groups =
        Context.getProcessEngineConfiguration()
            .getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .list()
            .stream()
            .map(g -> g.getId())
            .toList();
    return isCandidate(task, user, groups);
  }
}
