package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Rule values of the review meeting an administrator may change ({@code
 * partyunion.review-meeting.*} in application.yaml). The grade thresholds are not here: they are
 * the DMN table {@code reviewMeetingGrade}.
 *
 * @param reportDueBeforeMeeting reports are due this long before the meeting day (days)
 * @param reminderBeforeDue units still without a report are reminded this long before the due date
 * @param meetingStartTime time of day the meeting begins: the report stage closes then and units
 *     without a report are recorded as missing
 * @param reportSummaryMinLength minimum length of a report summary in characters (DOMAIN §2.2: 50)
 * @param workerWeight weight of the worker panel's average points in the composite score (DOMAIN
 *     §2.4 default 0.5)
 * @param managerWeight weight of the manager panel's average (default 0.5); the two sum to 1
 * @param gradePoints points of each grade (DOMAIN §2.4 default 好 100, 较好 80, 一般 60, 差 40)
 * @param reminderPriority task priority of a reminded report task (the engine's default is 50)
 * @param overduePriority task priority of an overdue report task
 * @param minimumPanelSize fewest raters each panel (workers, managers) must have for a meeting to
 *     start (seed 002 names no number; default 1)
 * @param attachmentMaxSize largest report attachment a unit may upload (default 10MB)
 */
@ConfigurationProperties("partyunion.review-meeting")
public record ReviewMeetingProperties(
    Period reportDueBeforeMeeting,
    Period reminderBeforeDue,
    LocalTime meetingStartTime,
    int reportSummaryMinLength,
    BigDecimal workerWeight,
    BigDecimal managerWeight,
    Map<Grade, Integer> gradePoints,
    int reminderPriority,
    int overduePriority,
    int minimumPanelSize,
    DataSize attachmentMaxSize) {

  public ReviewMeetingProperties {
    if (workerWeight.add(managerWeight).compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException(
          "partyunion.review-meeting: worker-weight + manager-weight must be 1");
    }
    for (Grade grade : Grade.values()) {
      if (gradePoints == null || !gradePoints.containsKey(grade)) {
        throw new IllegalArgumentException("partyunion.review-meeting.grade-points lacks " + grade);
      }
    }
    gradePoints = new EnumMap<>(gradePoints);
    if (attachmentMaxSize == null) {
      attachmentMaxSize = DataSize.ofMegabytes(10);
    }
    if (minimumPanelSize < 1) {
      throw new IllegalArgumentException(
          "partyunion.review-meeting.minimum-panel-size must be at least 1");
    }
  }

  /** Points of {@code grade}. */
  public int points(Grade grade) {
    return gradePoints.get(grade);
  }
}
