package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.COMMENT;
import static cn.partyunion.workflow.directreport.DirectReportModel.LAST_MATURITY_DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.MATURITY_DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "记录研判结果" (DOMAIN §1.6): the organization department's decision after an inspection,
 * {@code maturityDecision} = {@code CONTINUE | MATURE | WITHDRAW} with {@code comment} (required
 * for {@code MATURE} and {@code WITHDRAW}). {@code MATURE} is allowed only once the minimum
 * cultivation time (default 12 months) has passed since the candidate entered the information
 * database; {@code WITHDRAW} closes the case.
 *
 * @throws FormValidationException for a missing decision or comment, or "mature" too early
 */
@Component
public class StoreMaturityDecisionDelegate implements JavaDelegate {

  private final CandidateMapper candidates;
  private final DirectReportProperties properties;
  private final CaseSteps steps;

  StoreMaturityDecisionDelegate(
      CandidateMapper candidates, DirectReportProperties properties, CaseSteps steps) {
    this.candidates = candidates;
    this.properties = properties;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    String recordNo = (String) execution.getVariable(RECORD_NO);
    Violations v = new Violations(execution.getVariables());
    MaturityDecision decision = v.oneOf(MATURITY_DECISION, "研判结果", MaturityDecision.class);
    boolean commentRequired = decision != null && decision != MaturityDecision.CONTINUE;
    String comment = v.text(COMMENT, "研判意见", commentRequired, 1, 1000);
    if (decision == MaturityDecision.MATURE) {
      String refusal =
          new Cultivation(properties.minimumCultivation())
              .refusalOfMature(candidates.findByRecordNo(recordNo).approvedAt(), now);
      if (refusal != null) {
        v.add(refusal);
      }
    }
    v.throwIfAny();
    steps.record(execution, recordNo, ReviewStep.MATURITY_DECISION, decision.name(), comment, now);
    switch (decision) {
      case MATURE -> candidates.markMature(recordNo, now);
      case WITHDRAW -> candidates.close(recordNo, CandidateStatus.WITHDRAWN.name(), now, comment);
      case CONTINUE -> {}
    }
    GatewayDecision.set(execution, LAST_MATURITY_DECISION, decision);
    execution.removeVariable(MATURITY_DECISION);
    execution.removeVariable(COMMENT);
  }
}
