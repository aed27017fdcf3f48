package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.CONFIRMED;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RECOUNT_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "记录确认结果" after the organizer's confirmation: checks the decision (see {@link
 * MeetingRecords#confirmation}) that the task's output parameters handed over and leaves {@code
 * confirmed} as a boolean for the gateway.
 */
@Component("recordConfirmationDelegate")
public class RecordConfirmationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CONFIRMED,
        MeetingRecords.confirmation(
            execution.getVariable(CONFIRMED), execution.getVariable(RECOUNT_REASON)));
  }
}
