package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.GRADE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REMARK;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a rater's rating task (DOMAIN §2.3): stores {@code grade} ({@code EXCELLENT},
 * {@code GOOD}, {@code FAIR} or {@code POOR}) and {@code remark} (optional, at most 500 characters)
 * for the task's unit and rater (the assignee), with the rater's panel.
 *
 * @throws FormValidationException for a missing or unknown grade or a too long remark (nothing is
 *     stored, the task stays open)
 */
@Component("storeRatingListener")
public class StoreRatingListener implements TaskListener {

  static final int REMARK_MAX = 500;
  private final ReviewMeetingMapper mapper;

  public StoreRatingListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    String value = FormValues.text(task.getVariable(GRADE));
    Grade grade = Arrays.stream(Grade.values()).filter(g -> g.name().equals(value)).findFirst()
        .orElseThrow(() -> new FormValidationException("请选择评议等次：好、较好、一般或差。"));
    String remark = FormValues.optionalText(task.getVariable(REMARK), "评议意见", REMARK_MAX);
    long meetingId = (Long) task.getVariable(MEETING_ID);
    String rater = task.getAssignee();
    Panel panel = mapper.findRaterPanel(meetingId, rater);
    if (panel == null) {
      throw new FormValidationException(rater + " 不在本次会议的评议组中。");
    }
    mapper.insertRating(meetingId, (String) task.getVariable(UNIT_CODE), rater, panel, grade,
        remark, EngineClock.now());
  }
}
