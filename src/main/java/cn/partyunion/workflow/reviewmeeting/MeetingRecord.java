package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One review meeting (table {@code rm_meeting}); {@code processInstanceId} is its id in the API.
 *
 * @param status {@code OPEN}, {@code FED_BACK} (results returned to the units) or {@code CANCELLED}
 * @param workerWeight the worker panel's weight the last tally used, null before (or for a meeting
 *     tallied before the weights were kept)
 * @param managerWeight the manager panel's weight the last tally used
 */
public record MeetingRecord(
    Long id,
    String processInstanceId,
    int meetingYear,
    LocalDate meetingDate,
    LocalDateTime reportDueAt,
    String organizerId,
    String deputySecretaryId,
    String status,
    BigDecimal workerWeight,
    BigDecimal managerWeight) {

  public static final String FED_BACK = "FED_BACK";

  public boolean fedBack() {
    return FED_BACK.equals(status);
  }
}
