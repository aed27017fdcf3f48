package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.APPROVED;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.APPROVED_BY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.COMMENT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PAYABLE_COUNT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PAYABLE_TOTAL;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of the city union's approval task. On {@code create}: shows the approver the number
 * of chairs to pay ({@code payableCount}) and the total in yuan ({@code payableTotal}). On
 * {@code complete}: {@code approved} must be given and {@code comment} is required when not
 * approved (DOMAIN §3 step 5); records the approver in {@code approvedBy}.
 *
 * @throws FormValidationException when {@code approved} is missing or a refusal has no comment
 */
@Component
public class QuarterApprovalListener implements TaskListener {

  private final QuarterRoster roster;

  public QuarterApprovalListener(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    String quarter = (String) task.getVariable(QUARTER);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(PAYABLE_COUNT, roster.payableCount(quarter));
      task.setVariable(PAYABLE_TOTAL, roster.payableTotal(quarter).doubleValue());
      return;
    }
    Boolean decision = FormValues.bool(task.getVariable(APPROVED), "审批结果");
    if (decision == null) {
      throw new FormValidationException("请选择是否审批通过。");
    }
    task.setVariable(APPROVED, decision);
    Object comment = task.getVariable(COMMENT);
    if (!decision && (comment == null || comment.toString().isBlank())) {
      throw new FormValidationException("退回时请填写审批意见（退回原因）。");
    }
    task.setVariable(APPROVED_BY, Actor.of(task));
  }
}
