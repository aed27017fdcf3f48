package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.PROCESS_KEY;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Roles of the direct-report channel in every profile (DOMAIN §4): the groups
 * {@code enterprise}, {@code liaison}, {@code park}, {@code orgdept}; one group and tenant per
 * registered enterprise and one group per park; the grants on the {@code directReport}
 * definition (no per-task grants, see {@code TenantScopedTaskAccessPlugin}); the tenant
 * memberships that decide who sees which enterprise's cases; and the Tasklist filters.
 */
@Component
@Order(10)
public class DirectReportRoles implements ApplicationRunner {

  static final String ENTERPRISE = "enterprise";
  static final String LIAISON = "liaison";
  static final String PARK = "park";
  static final String ORGDEPT = "orgdept";

  private final IdentitySetup identity;
  private final EnterpriseMapper enterprises;
  private final DirectReportProperties properties;

  public DirectReportRoles(IdentitySetup identity, EnterpriseMapper enterprises,
      DirectReportProperties properties) {
    this.identity = identity;
    this.enterprises = enterprises;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.ensureGroup(ENTERPRISE, "直报企业联系人");
    identity.ensureGroup(LIAISON, "特约培养联系人");
    identity.ensureGroup(PARK, "开发园区党工委");
    identity.ensureGroup(ORGDEPT, "区委组织部");
    for (String group : List.of(ENTERPRISE, LIAISON, PARK, ORGDEPT)) {
      identity.grantTasklistAccess(group);
      // READ_INSTANCE: Tasklist reads the list columns (candidate, enterprise, record number)
      // as process variables; the tenant check keeps each user to their own enterprises' cases
      identity.grantGroup(group, Resources.PROCESS_DEFINITION, PROCESS_KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_INSTANCE);
    }
    identity.grantGroup(ENTERPRISE, Resources.PROCESS_DEFINITION, PROCESS_KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    identity.grantGroup(ENTERPRISE, Resources.PROCESS_INSTANCE, "*",
        ProcessInstancePermissions.CREATE);
    identity.grantGroup(ORGDEPT, Resources.PROCESS_DEFINITION, PROCESS_KEY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    for (Enterprise enterprise : enterprises.findAll()) {
      identity.ensureGroup(enterprise.code(), enterprise.name());
      identity.ensureTenant(enterprise.code(), enterprise.name());
      identity.ensureGroup(enterprise.parkCode(), enterprise.parkName() + "党工委");
      identity.ensureTenantGroupMembership(enterprise.code(), enterprise.code());
      identity.ensureTenantGroupMembership(enterprise.code(), enterprise.parkCode());
      identity.ensureTenantGroupMembership(enterprise.code(), ORGDEPT);
    }
    createFilters();
  }

  private void createFilters() {
    String[] all = {ENTERPRISE, LIAISON, PARK, ORGDEPT};
    identity.ensureFilter("我的待办",
        byDueDate(identity.taskQuery().taskAssigneeExpression("${currentUser()}")),
        display(-20), all);
    identity.ensureFilter("本单位待办",
        byDueDate(identity.taskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()),
        display(-10), all);
    identity.ensureFilter("直报全部待办",
        byDueDate(identity.taskQuery().processDefinitionKey(PROCESS_KEY)), display(0), ORGDEPT);
    identity.ensureFilter("已逾期（黄灯）",
        byDueDate(identity.taskQuery().processDefinitionKey(PROCESS_KEY)
            .dueBeforeExpression("${now()}")),
        display(10), ORGDEPT);
    identity.ensureFilter("已逾期（红灯）",
        byDueDate(identity.taskQuery().processDefinitionKey(PROCESS_KEY).dueBeforeExpression(
            "${dateTime().minusDays(" + properties.reviewDue().getDays() + ").toDate()}")),
        display(20), ORGDEPT);
  }

  private static TaskQuery byDueDate(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  /** Tasklist display settings: the filter's position and the columns of the task list. */
  private static Map<String, Object> display(int priority) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CANDIDATE_NAME, "label", "培养对象"),
        Map.of("name", ENTERPRISE_NAME, "label", "企业"),
        Map.of("name", RECORD_NO, "label", "记录号")));
    return properties;
  }
}
