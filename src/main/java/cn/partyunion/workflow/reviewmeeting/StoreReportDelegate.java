package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.KEY_FIGURES;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_DUE_AT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_SUMMARY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记述职报告" after a unit's report task, inside the unit's instance of the report stage:
 * {@code reportSummary} and {@code keyFigures} belong to that instance, {@code unitCode} is its
 * element; see {@link MeetingRecords#submitReport}.
 */
@Component("storeReportDelegate")
public class StoreReportDelegate implements JavaDelegate {

  private final MeetingRecords records;

  public StoreReportDelegate(MeetingRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.submitReport(
        (Long) execution.getVariable(MEETING_ID),
        (String) execution.getVariable(UNIT_CODE),
        execution.getVariable(REPORT_SUMMARY),
        execution.getVariable(KEY_FIGURES),
        EngineClock.toLocal((Date) execution.getVariable(REPORT_DUE_AT)),
        Actor.current());
  }
}
