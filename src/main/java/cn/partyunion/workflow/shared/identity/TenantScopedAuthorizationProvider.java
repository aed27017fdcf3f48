package cn.partyunion.workflow.shared.identity;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default grants, except that tasks of the tenant-scoped processes get no per-task
 * grant rows: their visibility comes from the process-definition grants and the tenant check (see
 * {@link TenantScopedTaskAccessPlugin}).
 */
class TenantScopedAuthorizationProvider extends DefaultAuthorizationProvider {

  private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];
  private final Set<String> processKeys;

  TenantScopedAuthorizationProvider(Set<String> processKeys) {
    this.processKeys = processKeys;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return scoped(task) ? NONE : super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return scoped(task) ? NONE : super.newTaskOwner(task, oldOwner, newOwner);
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return scoped(task) ? NONE : super.newTaskUserIdentityLink(task, userId, type);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return scoped(task) ? NONE : super.newTaskGroupIdentityLink(task, groupId, type);
  }

  private boolean scoped(Task task) {
    String definitionId = task.getProcessDefinitionId();
    if (definitionId == null) {
      return false;
    }
    ProcessDefinitionEntity definition =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(definitionId);
    return definition != null && processKeys.contains(definition.getKey());
  }
}
