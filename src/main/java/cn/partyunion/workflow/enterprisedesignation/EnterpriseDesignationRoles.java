package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.PROCESS_KEY;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access record of the yearly designation, in every profile (DOMAIN §4, §7): the groups {@code
 * park}, {@code chain} (industry-chain committees) and {@code orgdept}; the organization department
 * opens the year and confirms the batch; the Tasklist filter 企业认定待办. Task visibility comes from the
 * engine's per-task grants: a recommendation task's only candidate group is its committee (a group
 * per registered park and chain, provisioned by the register, {@link CommitteeRegister}), so a park
 * sees no other park's task. The groups and tenants of the enterprises are provisioned by the
 * enterprise register and at confirmation ({@link ChannelProvisioning}).
 */
@Configuration
public class EnterpriseDesignationRoles {

  static final String ENTERPRISE = "enterprise";
  static final String LIAISON = "liaison";
  static final String PARK = "park";
  static final String CHAIN = "chain";
  static final String ORGDEPT = "orgdept";
  private static final List<String> ALL = List.of(PARK, CHAIN, ORGDEPT);

  @Bean
  ProcessAccess enterpriseDesignationAccess() {
    List<Grant> grants =
        new ArrayList<>(
            ALL.stream()
                .map(
                    group ->
                        Grant.of(
                            group,
                            Resources.PROCESS_DEFINITION,
                            PROCESS_KEY,
                            ProcessDefinitionPermissions.READ))
                .toList());
    grants.add(
        Grant.of(
            ORGDEPT,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            ProcessDefinitionPermissions.CREATE_INSTANCE,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(
        Grant.of(ORGDEPT, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    return new ProcessAccess(
        15,
        PROCESS_KEY,
        List.of(
            new Role(PARK, CommitteeKind.PARK.label()),
            new Role(CHAIN, CommitteeKind.CHAIN.label()),
            new Role(ORGDEPT, "区委组织部")),
        grants,
        // the committees' groups are provisioned when a park or chain is registered
        // (CommitteeRegister), never at start-up
        identity -> {},
        List.of(
            new Filter(
                "企业认定待办",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .orderByDueDate()
                        .asc()
                        .orderByTaskCreateTime()
                        .asc(),
                display(),
                ALL)));
  }

  private static Map<String, Object> display() {
    return Filter.display(30, new Column(EnterpriseDesignationModel.YEAR, "认定年度"));
  }
}
