package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.Labelled;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One review meeting as {@code GET /api/review-meetings} and {@code GET
 * /api/review-meetings/{processInstanceId}} return it, with its counts (SQL aggregation; no rater
 * ids: the panels are counted, never named).
 *
 * @param processInstanceId the meeting's id in the API
 * @param year the meeting's year; {@code title} is 「{year}年度产改述职评议会」
 * @param status a {@link MeetingStatus} name; {@code statusLabel} its Chinese label
 * @param tallied true once the results are computed ({@code GET …/results} answers)
 * @param unitCount reporting units of the meeting
 * @param reportsSubmitted reports submitted on time ({@link ReportStatus#SUBMITTED})
 * @param reportsLate reports submitted late
 * @param reportsMissing units without a report when the meeting began
 * @param reportsPending reports still open
 * @param workerRaters size of the worker representatives' panel
 * @param managerRaters size of the enterprise manager representatives' panel
 * @param comments units the deputy secretary has commented on
 * @param ratings grades given so far (all raters, all units)
 * @param talliedAt when the results were computed, null before
 * @param fedBackAt when the results went back to the units, null before
 */
public record MeetingSummary(
    @JsonIgnore Long id,
    String processInstanceId,
    int year,
    LocalDate meetingDate,
    LocalDateTime reportDueAt,
    String status,
    boolean tallied,
    int unitCount,
    int reportsSubmitted,
    int reportsLate,
    int reportsMissing,
    int reportsPending,
    int workerRaters,
    int managerRaters,
    int comments,
    int ratings,
    LocalDateTime talliedAt,
    LocalDateTime fedBackAt) {

  /** 「2026年度产改述职评议会」. */
  @JsonProperty("title")
  public String title() {
    return year + "年度产改述职评议会";
  }

  /** The Chinese label of {@link #status()}. */
  @JsonProperty("statusLabel")
  public String statusLabel() {
    return Labelled.labelOf(status, MeetingStatus.class).orElse(status);
  }
}
