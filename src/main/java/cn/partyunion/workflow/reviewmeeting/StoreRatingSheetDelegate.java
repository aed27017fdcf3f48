package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RATER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RATINGS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记测评表" after one rater's sheet task, inside that rater's instance: {@code ratings}
 * (optional, a list of {@code {unitCode, grade, remark}}) belongs to it, {@code rater} (the sheet
 * task's assignee) is its element; the rater's saved draft supplies the lines not given; see {@link
 * RatingSheets#store}.
 */
@Component("storeRatingSheetDelegate")
public class StoreRatingSheetDelegate implements JavaDelegate {

  private final RatingSheets sheets;

  public StoreRatingSheetDelegate(RatingSheets sheets) {
    this.sheets = sheets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sheets.store(
        (Long) execution.getVariable(MEETING_ID),
        (String) execution.getVariable(RATER),
        execution.getVariable(RATINGS));
  }
}
