package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.COMMITTEE;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_DUE_AT;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_REASON;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDED_ENTERPRISES;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.YEAR;

import cn.partyunion.workflow.enterprisedesignation.DesignationMapper.Committee;
import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores one committee's recommendation (DOMAIN §7.2): {@code recommendedEnterprises} (list of
 * enterprise codes, may be empty) and {@code designationReason} (at most 500 characters, the form's
 * limit), checked by {@link RecommendationRules#checkRecommendation}. A recommendation after {@code
 * recommendationDueAt} is stored as late ({@code LATE}).
 *
 * @throws cn.partyunion.workflow.shared.validation.FormValidationException (the task stays open) as
 *     {@code checkRecommendation} says
 */
@Component("storeRecommendationDelegate")
public class StoreRecommendationDelegate implements JavaDelegate {

  private final DesignationMapper mapper;
  private final EnterpriseDesignationProperties properties;

  public StoreRecommendationDelegate(
      DesignationMapper mapper, EnterpriseDesignationProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = (Integer) execution.getVariable(YEAR);
    Committee committee = mapper.findCommittee((String) execution.getVariable(COMMITTEE));
    List<String> chosen =
        Objects.requireNonNullElse(
            FormValues.ids(execution.getVariable(RECOMMENDED_ENTERPRISES)), List.of());
    String reason =
        FormValues.optionalText(execution.getVariable(RECOMMENDATION_REASON), "推荐理由", 500);
    List<RegisteredEnterprise> recommended =
        RecommendationRules.checkRecommendation(
            chosen,
            mapper.findEnterprisesOf(committee.kind(), committee.code()),
            reason,
            properties.reasonMinLength());
    LocalDateTime now = EngineClock.current();
    boolean late =
        now.isAfter(EngineClock.toLocal((Date) execution.getVariable(RECOMMENDATION_DUE_AT)));
    for (RegisteredEnterprise enterprise : recommended) {
      mapper.insertRecommendation(year, enterprise.code(), committee, reason, late, now);
    }
    mapper.markRecommended(year, committee.code(), late ? "LATE" : "DONE", Actor.current(), now);
  }
}
