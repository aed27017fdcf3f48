package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of one unit's review at the meeting: puts the unit's name and report into the
 * unit's scope ({@code unitName}, {@code unitReportStatus}, {@code unitReport},
 * {@code unitKeyFigures}), for the comment and rating forms to show read-only.
 */
@Component("loadUnitReportListener")
public class LoadUnitReportListener implements ExecutionListener {

  private final ReviewMeetingMapper mapper;

  public LoadUnitReportListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReportRecord report = mapper.findReport((Long) execution.getVariable("meetingId"),
        (String) execution.getVariable("unitCode"));
    execution.setVariableLocal("unitName", report.unitName());
    execution.setVariableLocal("unitReportStatus", report.status().label());
    execution.setVariableLocal("unitReport",
        report.reportSummary() == null ? "（该单位未提交述职报告）" : report.reportSummary());
    execution.setVariableLocal("unitKeyFigures", report.keyFigures());
  }
}
