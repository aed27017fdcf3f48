package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.COMMENT;
import static cn.partyunion.workflow.directreport.DirectReportModel.DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.LAST_DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;
import static cn.partyunion.workflow.directreport.DirectReportModel.RETURN_REASON;
import static cn.partyunion.workflow.directreport.DirectReportModel.REVIEW_STEP;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks after each review (liaison, park, organization department; the step comes from the
 * input parameter {@code reviewStep}): validates {@code decision} ({@code APPROVE | RETURN |
 * REJECT}) and {@code comment} (required unless {@code APPROVE}, at most 1000 characters), appends
 * the step to the timeline and updates the case: a return sets {@code RETURNED}, a rejection closes
 * it ({@code REJECTED}, the comment as reason), the organization department's approval takes the
 * candidate into the information database ({@code IN_DATABASE}). The decision moves to {@code
 * lastDecision} for the gateway ({@link GatewayDecision}), so that the next review form starts
 * empty.
 *
 * @throws FormValidationException for a missing or unknown decision or a missing comment
 */
@Component
public class StoreReviewDecisionDelegate implements JavaDelegate {

  private final CandidateMapper candidates;
  private final CaseSteps steps;

  StoreReviewDecisionDelegate(CandidateMapper candidates, CaseSteps steps) {
    this.candidates = candidates;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewStep step = ReviewStep.valueOf((String) execution.getVariableLocal(REVIEW_STEP));
    Violations v = new Violations(execution.getVariables());
    ReviewDecision decision = v.oneOf(DECISION, "审核意见", ReviewDecision.class);
    boolean commentRequired = decision != null && decision != ReviewDecision.APPROVE;
    String comment = v.text(COMMENT, "意见说明", false, 1, 1000);
    if (commentRequired && comment == null) {
      v.add("退回或不同意时须填写理由");
    }
    v.throwIfAny();

    String recordNo = (String) execution.getVariable(RECORD_NO);
    LocalDateTime now = EngineClock.current();
    steps.record(execution, recordNo, step, decision.name(), comment, now);
    // the review task has ended, and with it the due date ReviewDueListener set: a return, a
    // rejection and the final approval clear it with the case's new status; the liaison's or the
    // park's approval opens the next review, whose ReviewDueListener replaces it in this
    // transaction
    switch (decision) {
      case RETURN -> {
        candidates.markReturned(recordNo);
        execution.setVariable(RETURN_REASON, step.label() + "退回：" + comment);
      }
      case REJECT ->
          candidates.close(
              recordNo, CandidateStatus.REJECTED.name(), now, step.label() + "：" + comment);
      case APPROVE -> {
        if (step == ReviewStep.ORGDEPT_APPROVAL) {
          candidates.approve(recordNo, now);
        }
      }
    }
    GatewayDecision.set(execution, LAST_DECISION, decision);
    execution.removeVariable(DECISION);
    execution.removeVariable(COMMENT);
  }
}
