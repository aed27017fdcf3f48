package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.CONFIRMED;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RECOUNT_REASON;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the organizer's confirmation (DOMAIN §2.5): {@code confirmed} (boolean) is
 * required; when false, {@code recountReason} (at most 500 characters) must say why the results
 * are tallied again (e.g. the administrator corrected the weights or the grade table).
 *
 * @throws FormValidationException for a missing decision or a missing reason
 */
@Component("confirmResultsListener")
public class ConfirmResultsListener implements TaskListener {

  static final int REASON_MAX = 500;

  @Override
  public void notify(DelegateTask task) {
    Boolean confirmed = FormValues.bool(task.getVariable(CONFIRMED), "是否确认");
    if (confirmed == null) {
      throw new FormValidationException("请选择是否确认评议结果。");
    }
    task.setVariable(CONFIRMED, confirmed);
    if (!confirmed) {
      FormValues.requiredText(task.getVariable(RECOUNT_REASON), "重新计分的原因", REASON_MAX);
    }
  }
}
