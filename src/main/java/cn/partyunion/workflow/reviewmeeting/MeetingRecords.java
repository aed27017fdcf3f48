package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * What the meeting's tasks leave on record (DOMAIN §2.2–2.5): each submitted form is checked
 * against the meeting's rules and stored in {@code rm_report}, {@code rm_comment} or {@code
 * rm_rating}. Called by the service tasks that follow the user tasks, inside the completing user's
 * transaction: a {@link FormValidationException} stores nothing and leaves the task open.
 */
@Component
public class MeetingRecords {

  static final int SUMMARY_MAX = 4000;
  static final int KEY_FIGURES_MAX = 2000;
  static final int COMMENT_MAX = 2000;
  static final int REMARK_MAX = 500;
  static final int REASON_MAX = 500;

  private final ReviewMeetingMapper mapper;
  private final ReviewMeetingProperties properties;

  public MeetingRecords(ReviewMeetingMapper mapper, ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  /**
   * Stores the unit's report: {@code summary} (required, at least {@code report-summary-min-length}
   * and at most 4000 characters), {@code keyFigures} (optional, at most 2000); after {@code dueAt}
   * as {@link ReportStatus#LATE}, before as {@link ReportStatus#SUBMITTED}.
   *
   * @param submittedBy who submits (null when the engine is called without a user)
   * @throws FormValidationException for a missing, too short or too long text, or a unit whose
   *     report is on record already
   */
  public void submitReport(
      long meetingId,
      String unitCode,
      Object summary,
      Object keyFigures,
      LocalDateTime dueAt,
      String submittedBy) {
    String text = reportSummary(summary, properties.reportSummaryMinLength());
    String figures = FormValues.optionalText(keyFigures, "主要数据", KEY_FIGURES_MAX);
    LocalDateTime now = EngineClock.current();
    int stored =
        mapper.submitReport(
            meetingId, unitCode, statusAt(now, dueAt), text, figures, submittedBy, now);
    if (stored != 1) {
      throw new FormValidationException("本单位的述职报告已登记，不能重复提交。");
    }
  }

  /**
   * Stores the deputy secretary's comment on the unit (required, at most 2000 characters).
   *
   * @throws FormValidationException for a missing or too long comment
   */
  public void storeComment(
      long meetingId, String unitCode, Object comment, String deputySecretaryId) {
    String text = FormValues.requiredText(comment, "点评意见", COMMENT_MAX);
    mapper.insertComment(meetingId, unitCode, deputySecretaryId, text, EngineClock.current());
  }

  /**
   * Stores a rater's rating of the unit, with the rater's panel: {@code grade} a {@link Grade}
   * name, {@code remark} optional, at most 500 characters.
   *
   * @throws FormValidationException for a missing or unknown grade, a too long remark, or a rater
   *     outside the meeting's panel
   */
  public void storeRating(
      long meetingId, String unitCode, String raterId, Object grade, Object remark) {
    Grade value = grade(grade);
    String text = FormValues.optionalText(remark, "评议意见", REMARK_MAX);
    Panel panel = mapper.findRaterPanel(meetingId, raterId);
    if (panel == null) {
      throw new FormValidationException(raterId + " 不在本次会议的评议组中。");
    }
    mapper.insertRating(meetingId, unitCode, raterId, panel, value, text, EngineClock.current());
  }

  /**
   * The organizer's decision on the tallied results: {@code confirmed} is required; when it is
   * false, {@code recountReason} (at most 500 characters) must say why the results are tallied
   * again (e.g. the administrator corrected the weights or the grade table).
   *
   * @return whether the results are confirmed
   * @throws FormValidationException for a missing decision or a missing reason
   */
  public static boolean confirmation(Object confirmed, Object recountReason) {
    Boolean decision = FormValues.bool(confirmed, "是否确认");
    if (decision == null) {
      throw new FormValidationException("请选择是否确认评议结果。");
    }
    if (!decision) {
      FormValues.requiredText(recountReason, "重新计分的原因", REASON_MAX);
    }
    return decision;
  }

  /** A report summary of {@code minLength} to 4000 characters. */
  static String reportSummary(Object summary, int minLength) {
    String text = FormValues.requiredText(summary, "述职报告摘要", SUMMARY_MAX);
    int length = text.codePointCount(0, text.length());
    if (length < minLength) {
      throw new FormValidationException("述职报告摘要不少于 " + minLength + " 字（现有 " + length + " 字）。");
    }
    return text;
  }

  /** A report submitted at {@code at} is late once {@code dueAt} has passed. */
  static ReportStatus statusAt(LocalDateTime at, LocalDateTime dueAt) {
    return at.isAfter(dueAt) ? ReportStatus.LATE : ReportStatus.SUBMITTED;
  }

  /** The {@link Grade} a rating form submitted. */
  static Grade grade(Object value) {
    String name = FormValues.text(value);
    return Arrays.stream(Grade.values())
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new FormValidationException("请选择评议等次：好、较好、一般或差。"));
  }
}
