package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RESULTS_PAGE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RESULTS_TABLE;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Tally (DOMAIN §2.4): from the stored ratings, per unit the grade counts per panel, the composite
 * score ({@link ScoreCalculator}), the overall grade ({@link GradeTable}, DMN {@code
 * reviewMeetingGrade}) and the rank. Replaces any earlier tally of the meeting (the organizer may
 * have asked for a recount) and sets {@code resultsTable} (JSON, {@link ResultsTable}) and {@code
 * resultsPage} (the meeting's workbench page, with the export) for the confirmation form. Keeps the
 * panel weights it used with the meeting (the results API shows them).
 */
@Component("tallyResultsDelegate")
public class TallyResultsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;
  private final ScoreCalculator calculator;
  private final GradeTable gradeTable;
  private final ReviewMeetingProperties properties;

  public TallyResultsDelegate(
      ReviewMeetingMapper mapper,
      ScoreCalculator calculator,
      GradeTable gradeTable,
      ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.calculator = calculator;
    this.gradeTable = gradeTable;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    List<ReportRecord> reports = mapper.findReports(meetingId);
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, ReportStatus> status = new LinkedHashMap<>();
    reports.forEach(
        report -> {
          units.put(report.unitCode(), report.unitName());
          status.put(report.unitCode(), report.status());
        });
    List<UnitResult> results =
        calculator.tally(units, status, mapper.findRatings(meetingId), gradeTable::gradeOf);
    LocalDateTime now = EngineClock.current();
    mapper.deleteResults(meetingId);
    results.forEach(result -> mapper.insertResult(meetingId, result, now));
    mapper.recordWeights(meetingId, properties.workerWeight(), properties.managerWeight());
    execution.setVariable(
        RESULTS_TABLE, Spin.JSON(ResultsTable.rows(mapper.findResults(meetingId))));
    execution.setVariable(
        RESULTS_PAGE, "/workbench/review-meetings/" + execution.getProcessInstanceId());
  }
}
