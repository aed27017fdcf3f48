package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.ENTERPRISE_CODE;
import static cn.partyunion.workflow.directreport.DirectReportModel.PROCESS_KEY;

import cn.partyunion.workflow.shared.designation.DesignatedEnterprises;
import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Gives each {@code directReport} case the tenant of its enterprise (DOMAIN §1.1: "the enterprise
 * is taken from the starting user's enterprise group, never typed in"), so that only that
 * enterprise, its liaison, its park and the organization department see the case. A start without
 * an authenticated user (the engine itself, tests) names the enterprise in the variable {@code
 * enterpriseCode}.
 */
@Component
public class EnterpriseTenantIdProvider implements TenantIdProvider {

  private final EnterpriseMapper enterprises;
  private final DesignatedEnterprises designated;

  public EnterpriseTenantIdProvider(
      EnterpriseMapper enterprises, DesignatedEnterprises designated) {
    this.enterprises = enterprises;
    this.designated = designated;
  }

  /**
   * @throws FormValidationException when the starting user belongs to no direct-report enterprise,
   *     or belongs to several, or the enterprise is not in the batch in force this year (DOMAIN
   *     §7.4: only the current batch's enterprises nominate; a dropped one's open cases finish)
   */
  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (!PROCESS_KEY.equals(ctx.getProcessDefinition().getKey())) {
      return null;
    }
    if (Actor.current() == null) {
      Object code = ctx.getVariables().get(ENTERPRISE_CODE);
      if (code == null || enterprises.findByCode(code.toString()) == null) {
        throw new FormValidationException("未指定直报企业，无法推荐。");
      }
      return designatedOrRefused(code.toString());
    }
    List<String> groups = Actor.groups();
    List<Enterprise> own = groups.isEmpty() ? List.of() : enterprises.findByCodes(groups);
    if (own.isEmpty()) {
      throw new FormValidationException("只有直报企业的联系人可以推荐培养对象。");
    }
    if (own.size() > 1) {
      throw new FormValidationException("您的账号同时属于多家直报企业，请联系管理员调整后再推荐。");
    }
    return designatedOrRefused(own.get(0).code());
  }

  private String designatedOrRefused(String code) {
    if (!designated.mayNominate(code, EngineClock.today().getYear())) {
      throw new FormValidationException("贵企业不在本年度直报企业批次内，不能推荐新的培养对象；已在办理的推荐照常办理。");
    }
    return code;
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
