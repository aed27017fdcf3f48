package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.PROCESS_KEY;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.identity.ProcessAccess;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Column;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Filter;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Grant;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access record of the direct-report channel, in every profile (DOMAIN §4): the groups {@code
 * enterprise}, {@code liaison}, {@code park}, {@code orgdept}; the grants on the {@code
 * directReport} definition (no per-task grants, see {@code TenantScopedTaskAccessPlugin}); the
 * tenant memberships that decide who sees which enterprise's cases; and the Tasklist filters.
 */
@Configuration
public class DirectReportRoles {

  static final String ENTERPRISE = "enterprise";
  static final String LIAISON = "liaison";
  static final String PARK = "park";
  static final String ORGDEPT = "orgdept";
  static final String ENTERPRISE_LABEL = "直报企业联系人";
  static final String LIAISON_LABEL = "特约培养联系人";
  static final String PARK_LABEL = "开发园区党工委";
  static final String ORGDEPT_LABEL = "区委组织部";
  private static final List<String> ALL = List.of(ENTERPRISE, LIAISON, PARK, ORGDEPT);

  /** Applied first of the processes: later records may rely on the enterprises' tenants. */
  @Bean
  ProcessAccess directReportAccess() {
    List<Grant> grants = new ArrayList<>();
    for (String group : ALL) {
      grants.add(Grant.workOn(group, PROCESS_KEY));
    }
    grants.add(
        Grant.of(
            ENTERPRISE,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(
        Grant.of(ENTERPRISE, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(
        Grant.of(
            ORGDEPT,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY));
    return new ProcessAccess(
        10,
        PROCESS_KEY,
        List.of(
            new Role(ENTERPRISE, ENTERPRISE_LABEL),
            new Role(LIAISON, LIAISON_LABEL),
            new Role(PARK, PARK_LABEL),
            new Role(ORGDEPT, ORGDEPT_LABEL)),
        grants,
        // the enterprises' groups, tenants and memberships are provisioned when a batch is
        // designated (enterprisedesignation.ChannelProvisioning), never at start-up
        identity -> {},
        filters(),
        RETIRED_FILTERS);
  }

  /**
   * The organization department's district-wide filters up to issue 12 ("直报全部待办" and the two
   * overdue lights): each sorted every visible direct-report task by due date for a page of 15
   * (about 0.5 s at 50,000 open tasks, growing linearly). The district-wide view of open cases is
   * the workbench's 信息库 and 红黄灯督办, served from the indexed dr_candidate rows; in Tasklist the
   * department works its own candidate-group tasks (本单位待办).
   */
  static final List<String> RETIRED_FILTERS = List.of("直报全部待办", "已逾期（黄灯）", "已逾期（红灯）");

  private static List<Filter> filters() {
    return List.of(
        new Filter(
            "我的待办",
            q -> byDueDate(q.taskAssigneeExpression("${currentUser()}")),
            display(-20),
            ALL),
        new Filter(
            "本单位待办",
            q ->
                byDueDate(
                    q.taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()),
            display(-10),
            ALL));
  }

  private static TaskQuery byDueDate(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  /** Tasklist display settings: the filter's position and the columns of the task list. */
  private static Map<String, Object> display(int priority) {
    return Filter.display(
        priority,
        new Column(CANDIDATE_NAME, "培养对象"),
        new Column(ENTERPRISE_NAME, "企业"),
        new Column(RECORD_NO, "记录号"));
  }
}
