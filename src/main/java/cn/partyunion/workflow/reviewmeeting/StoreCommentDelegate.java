package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.COMMENT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.DEPUTY_SECRETARY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.Actor;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记点评意见" after the deputy secretary's comment on a unit: stores {@code comment} (see
 * {@link MeetingRecords#storeComment}), signed by the user who completes the task or, when the
 * engine is called without one, by the task's assignee {@code deputySecretary}. The comment then
 * leaves the unit's scope, so that the raters' tasks of the unit cannot read it.
 */
@Component("storeCommentDelegate")
public class StoreCommentDelegate implements JavaDelegate {

  private final MeetingRecords records;

  public StoreCommentDelegate(MeetingRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.storeComment(
        (Long) execution.getVariable(MEETING_ID),
        (String) execution.getVariable(UNIT_CODE),
        execution.getVariable(COMMENT),
        Objects.requireNonNullElse(
            Actor.current(), (String) execution.getVariable(DEPUTY_SECRETARY)));
    execution.removeVariable(COMMENT);
  }
}
