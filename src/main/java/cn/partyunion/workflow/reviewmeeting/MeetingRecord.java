package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One review meeting (table {@code rm_meeting}); {@code processInstanceId} is its id in the API.
 *
 * @param status {@code OPEN}, {@code FED_BACK} (results returned to the units) or {@code CANCELLED}
 */
public record MeetingRecord(
    Long id,
    String processInstanceId,
    int meetingYear,
    LocalDate meetingDate,
    LocalDateTime reportDueAt,
    String organizerId,
    String deputySecretaryId,
    String status) {

  public static final String FED_BACK = "FED_BACK";

  public boolean fedBack() {
    return FED_BACK.equals(status);
  }
}
