package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MISSING_REPORT_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * When the report stage closes (all reports in, or the meeting begins): every report still pending
 * is recorded as {@link ReportStatus#MISSING}. The unit stays in the meeting and is commented on
 * and rated like the others. Sets {@code missingReportCount}.
 */
@Component("recordMissingReportsDelegate")
public class RecordMissingReportsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;

  public RecordMissingReportsDelegate(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int missing = mapper.markMissing((Long) execution.getVariable(MEETING_ID));
    execution.setVariable(MISSING_REPORT_COUNT, missing);
  }
}
