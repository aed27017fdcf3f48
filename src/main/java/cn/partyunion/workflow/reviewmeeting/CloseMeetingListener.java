package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the process (also when an administrator cancels the instance): frees the
 * meeting's year; a meeting that ended without feedback is recorded as CANCELLED.
 */
@Component("closeMeetingListener")
public class CloseMeetingListener implements ExecutionListener {

  private final ReviewMeetingMapper mapper;

  public CloseMeetingListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    mapper.closeMeeting(execution.getProcessInstanceId());
  }
}
