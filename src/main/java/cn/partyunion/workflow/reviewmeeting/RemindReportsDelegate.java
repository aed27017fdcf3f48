package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reminder before the due date ({@code reminder-before-due}, default 2 days): every unit still
 * without a report gets its task raised to {@code reminder-priority} and flagged {@code reminded};
 * the reminder time is stored with the report.
 */
@Component("remindReportsDelegate")
public class RemindReportsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;
  private final OpenReportTasks tasks;
  private final ReviewMeetingProperties properties;

  public RemindReportsDelegate(ReviewMeetingMapper mapper, OpenReportTasks tasks,
      ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.tasks = tasks;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mapper.markReminded((Long) execution.getVariable("meetingId"), EngineClock.now());
    tasks.flag(execution.getProcessInstanceId(), properties.reminderPriority(), "reminded");
  }
}
