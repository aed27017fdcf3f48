package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.GRADE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RATER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REMARK;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记评议等次" after one rater's rating of a unit, inside that rater's instance: {@code
 * grade} and {@code remark} belong to it, {@code rater} (the rating task's assignee) is its
 * element; see {@link MeetingRecords#storeRating}. Only instances started on a model version before
 * 2026.3 (one rating task per unit and rater) still reach it; since 2026.3 each rater submits one
 * sheet ({@link StoreRatingSheetDelegate}).
 */
@Component("storeRatingDelegate")
public class StoreRatingDelegate implements JavaDelegate {

  private final MeetingRecords records;

  public StoreRatingDelegate(MeetingRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.storeRating(
        (Long) execution.getVariable(MEETING_ID),
        (String) execution.getVariable(UNIT_CODE),
        (String) execution.getVariable(RATER),
        execution.getVariable(GRADE),
        execution.getVariable(REMARK));
  }
}
