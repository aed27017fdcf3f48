package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A rater's rating sheet as the API shows it to that rater only ({@code GET
 * /api/review-meetings/{processInstanceId}/sheet}): never another rater's grades.
 *
 * @param status {@code OPEN} (draft, may be saved and submitted), {@code SUBMITTED} (stored as
 *     ratings, read-only) or {@code NOT_OPEN} (the meeting stage has not begun, or it is over)
 * @param taskId the open sheet task (status OPEN), else null
 * @param savedAt when the draft was last saved (null when never, or once submitted)
 * @param graded how many units have a grade; {@code total} the meeting's units
 */
public record SheetView(
    String processInstanceId,
    int year,
    LocalDate meetingDate,
    String status,
    String statusLabel,
    String taskId,
    LocalDateTime savedAt,
    int graded,
    int total,
    List<Line> lines) {

  public static final String OPEN = "OPEN";
  public static final String SUBMITTED = "SUBMITTED";
  public static final String NOT_OPEN = "NOT_OPEN";

  /** One unit of the sheet, in reporting order, with its report's status and the rater's choice. */
  public record Line(
      String unitCode,
      String unitName,
      ReportStatus reportStatus,
      String reportStatusLabel,
      Grade grade,
      String gradeLabel,
      String remark) {}
}
