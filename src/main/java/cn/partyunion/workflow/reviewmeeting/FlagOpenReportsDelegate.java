package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.OVERDUE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REMINDED;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_FLAG;

import cn.partyunion.workflow.shared.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Flags the report tasks still open, as the input parameter {@code reportFlag} says: {@code
 * reminded} before the due date ({@code reminder-before-due}, default 2 days: the reminder time is
 * stored with the report, the task raised to {@code reminder-priority}) or {@code overdue} at the
 * due date (the report is marked overdue, the task raised to {@code overdue-priority}). A unit can
 * still report until the meeting begins; such a report is stored as late.
 */
@Component("flagOpenReportsDelegate")
public class FlagOpenReportsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;
  private final OpenReportTasks tasks;
  private final ReviewMeetingProperties properties;

  public FlagOpenReportsDelegate(
      ReviewMeetingMapper mapper, OpenReportTasks tasks, ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.tasks = tasks;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    String flag = (String) execution.getVariableLocal(REPORT_FLAG);
    if (REMINDED.equals(flag)) {
      mapper.markReminded(meetingId, EngineClock.current());
      tasks.flag(execution.getProcessInstanceId(), properties.reminderPriority(), flag);
    } else {
      mapper.markOverdue(meetingId);
      tasks.flag(execution.getProcessInstanceId(), properties.overduePriority(), OVERDUE);
    }
  }
}
