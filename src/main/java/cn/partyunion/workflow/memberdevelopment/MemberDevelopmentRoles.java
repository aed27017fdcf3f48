package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.PROCESS_KEY;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.RECORD_NO;

import cn.partyunion.workflow.shared.identity.IdentitySetup;
import cn.partyunion.workflow.shared.identity.ProcessAccess;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Column;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Filter;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Grant;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Role;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access record of the member-development procedure, in every profile (DOMAIN §4, §6): the role
 * group {@code branch} and one group per registered branch ({@code md_branch}), each a member of
 * its enterprise's tenant (set up by the direct-report record, which comes first), so that a branch
 * sees only its enterprise's people, a park committee its enterprises' and the organization
 * department all; the grants on the {@code memberDevelopment} definition (no per-task grants, like
 * {@code directReport}); the Tasklist filters.
 */
@Configuration
public class MemberDevelopmentRoles {

  /** The branches' role group (DOMAIN §6). */
  public static final String BRANCH = "branch";

  static final String BRANCH_LABEL = "企业党支部";

  /** The higher committee is the park committee; filing with the organization department. */
  static final String PARK = "park";

  static final String ORGDEPT = "orgdept";
  private static final List<String> ALL = List.of(BRANCH, PARK, ORGDEPT);

  @Bean
  ProcessAccess memberDevelopmentAccess(BranchMapper branches) {
    List<Grant> grants = new ArrayList<>();
    for (String group : ALL) {
      grants.add(Grant.workOn(group, PROCESS_KEY));
    }
    grants.add(
        Grant.of(
            BRANCH,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(
        Grant.of(BRANCH, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    grants.add(
        Grant.of(
            ORGDEPT,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            ProcessDefinitionPermissions.READ_HISTORY));
    Column[] columns = {
      new Column(CANDIDATE_NAME, "入党申请人"),
      new Column(ENTERPRISE_NAME, "企业"),
      new Column(RECORD_NO, "记录号")
    };
    return new ProcessAccess(
        40,
        PROCESS_KEY,
        List.of(new Role(BRANCH, BRANCH_LABEL)),
        grants,
        identity -> branchUnits(identity, branches),
        List.of(
            new Filter(
                "发展党员待办",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc(),
                Filter.display(30, columns),
                ALL),
            // the lights of DOMAIN §1.7, like directReport's 已逾期（黄灯）/（红灯）: yellow lists every
            // task past its due date (red ones too), red those past their follow-up date, which
            // the model sets one more statutory period after the due date
            new Filter(
                "发展党员已逾期（黄灯）",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .dueBeforeExpression("${now()}")
                        .orderByDueDate()
                        .asc(),
                Filter.display(31, columns),
                List.of(PARK, ORGDEPT)),
            new Filter(
                "发展党员已逾期（红灯）",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .followUpBeforeExpression("${now()}")
                        .orderByDueDate()
                        .asc(),
                Filter.display(32, columns),
                List.of(PARK, ORGDEPT))));
  }

  private static void branchUnits(IdentitySetup identity, BranchMapper branches) {
    // renamed 发展党员已逾期（黄灯） when the red light came
    identity.removeFilter("发展党员已逾期");
    for (Branch branch : branches.findAll()) {
      identity.ensureGroup(branch.code(), branch.name());
      // the enterprise's tenant (its cases); designation provisions it too, whichever runs first
      identity.ensureTenant(branch.enterpriseCode(), branch.enterpriseName());
      identity.ensureTenantGroupMembership(branch.enterpriseCode(), branch.code());
    }
  }
}
