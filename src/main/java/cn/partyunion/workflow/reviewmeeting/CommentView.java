package cn.partyunion.workflow.reviewmeeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/**
 * One unit on the deputy secretary's comment page, in reporting order: its report's status, the
 * comment once saved, and whether its comment task is still open (only then may it be written).
 */
public record CommentView(
    String unitCode,
    String unitName,
    ReportStatus reportStatus,
    String comment,
    LocalDateTime commentedAt,
    boolean open) {

  /** Constructor MyBatis uses (the task's state is added by {@link MeetingComments}). */
  public CommentView(
      String unitCode,
      String unitName,
      ReportStatus reportStatus,
      String comment,
      LocalDateTime commentedAt) {
    this(unitCode, unitName, reportStatus, comment, commentedAt, false);
  }

  @JsonProperty("reportStatusLabel")
  public String reportStatusLabel() {
    return reportStatus == null ? null : reportStatus.label();
  }

  CommentView opened(boolean isOpen) {
    return new CommentView(unitCode, unitName, reportStatus, comment, commentedAt, isOpen);
  }
}
