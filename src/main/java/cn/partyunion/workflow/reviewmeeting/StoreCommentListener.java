package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.COMMENT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the deputy secretary's comment task (DOMAIN §2.3): stores {@code comment}
 * (required, at most 2000 characters) for the task's unit, signed by the task's assignee.
 *
 * @throws FormValidationException for a missing or too
 *     long comment (nothing is stored, the task stays open)
 */
@Component("storeCommentListener")
public class StoreCommentListener implements TaskListener {

  static final int COMMENT_MAX = 2000;
  private final ReviewMeetingMapper mapper;

  public StoreCommentListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    String comment = FormValues.requiredText(task.getVariable(COMMENT), "点评意见", COMMENT_MAX);
    mapper.insertComment((Long) task.getVariable(MEETING_ID),
        (String) task.getVariable(UNIT_CODE), Actor.of(task), comment, EngineClock.now());
  }
}
