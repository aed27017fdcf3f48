package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_KEY_FIGURES;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_NAME;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_REPORT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_REPORT_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of one unit's review at the meeting: puts the unit's name and report into the
 * unit's scope ({@code unitName}, {@code unitReportStatus}, {@code unitReport}, {@code
 * unitKeyFigures}), for the comment and rating forms to show read-only.
 */
@Component("loadUnitReportListener")
public class LoadUnitReportListener implements ExecutionListener {

  private final ReviewMeetingMapper mapper;

  public LoadUnitReportListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReportRecord report =
        mapper.findReport(
            (Long) execution.getVariable(MEETING_ID), (String) execution.getVariable(UNIT_CODE));
    execution.setVariableLocal(UNIT_NAME, report.unitName());
    execution.setVariableLocal(UNIT_REPORT_STATUS, report.status().label());
    execution.setVariableLocal(
        UNIT_REPORT, report.reportSummary() == null ? "（该单位未提交述职报告）" : report.reportSummary());
    execution.setVariableLocal(UNIT_KEY_FIGURES, report.keyFigures());
  }
}
