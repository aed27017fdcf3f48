package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.APPROVED;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.APPROVED_BY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.COMMENT;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "记录审批结果" after the city union's approval: checks the decision ({@link
 * QuarterApproval#decision}), leaves {@code approved} as a boolean for the gateway and records the
 * approver in {@code approvedBy}.
 *
 * @throws FormValidationException when {@code approved} is missing or a return has no comment (the
 *     approval task stays open)
 */
@Component
public class RecordApprovalDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        APPROVED,
        QuarterApproval.decision(execution.getVariable(APPROVED), execution.getVariable(COMMENT)));
    execution.setVariable(APPROVED_BY, Actor.current());
  }
}
