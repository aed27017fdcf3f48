package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At the due date: every report still missing is marked overdue (stored with the report) and its
 * task raised to {@code overdue-priority} and flagged {@code overdue}. The unit can still report
 * until the meeting begins; such a report is stored as late.
 */
@Component("flagOverdueReportsDelegate")
public class FlagOverdueReportsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;
  private final OpenReportTasks tasks;
  private final ReviewMeetingProperties properties;

  public FlagOverdueReportsDelegate(ReviewMeetingMapper mapper, OpenReportTasks tasks,
      ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.tasks = tasks;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mapper.markOverdue((Long) execution.getVariable("meetingId"));
    tasks.flag(execution.getProcessInstanceId(), properties.overduePriority(), "overdue");
  }
}
