package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Feed back (DOMAIN §2.5, seed 002 "反馈各地各单位党委(党组)，作为年度考核重要依据"): stores each unit's score, grade,
 * rank and the deputy secretary's comment as feedback to that unit, marked as basis for the annual
 * assessment, and closes the meeting (its year is free for the next one).
 */
@Component("feedBackResultsDelegate")
public class FeedBackResultsDelegate implements JavaDelegate {

  private final ReviewMeetingMapper mapper;

  public FeedBackResultsDelegate(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    LocalDateTime now = EngineClock.current();
    mapper.insertFeedback(meetingId, now);
    mapper.markFedBack(meetingId, now);
  }
}
