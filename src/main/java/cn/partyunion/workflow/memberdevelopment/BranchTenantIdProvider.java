package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.BRANCH_CODE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.PROCESS_KEY;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Gives each {@code memberDevelopment} case the tenant of its enterprise, so that only that
 * enterprise's branch, its park committee and the organization department see it (DOMAIN §4, §6): a
 * case handed over by the direct-report channel keeps the tenant of the calling case; a case a
 * branch registers gets the tenant of the branch's enterprise. A start without an authenticated
 * user (tests, the demo history) names the branch in the variable {@code branchCode}.
 */
@Component
public class BranchTenantIdProvider implements TenantIdProvider {

  private final BranchMapper branches;

  public BranchTenantIdProvider(BranchMapper branches) {
    this.branches = branches;
  }

  /**
   * @throws FormValidationException when the starting user belongs to no registered branch, or to
   *     branches of several enterprises
   */
  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (!PROCESS_KEY.equals(ctx.getProcessDefinition().getKey())) {
      return null;
    }
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null) {
      return caller.getTenantId();
    }
    List<String> groups = Actor.current() == null ? null : Actor.groups();
    if (groups == null) {
      Object code = ctx.getVariables().get(BRANCH_CODE);
      groups = code == null ? List.of() : List.of(code.toString());
    }
    List<String> enterprises =
        groups.isEmpty()
            ? List.of()
            : branches.findByCodes(groups).stream().map(Branch::enterpriseCode).distinct().toList();
    if (enterprises.isEmpty()) {
      throw new FormValidationException("只有企业党支部可以登记入党申请人。");
    }
    if (enterprises.size() > 1) {
      throw new FormValidationException("您的账号同时属于多家企业的党支部，请联系管理员调整后再登记。");
    }
    return enterprises.get(0);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return null;
  }
}
