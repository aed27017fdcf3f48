package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.Labelled;

/** Where a review meeting stands ({@code rm_meeting.status}, {@link MeetingRecord#status()}). */
public enum MeetingStatus implements Labelled {
  /** Running: reports, comments, ratings, tally or confirmation still open. */
  OPEN("进行中"),
  /** Confirmed: every unit's result went back to its Party committee. */
  FED_BACK("已确认反馈"),
  /** Ended before the feedback (cancelled by an administrator). */
  CANCELLED("已取消");

  private final String label;

  MeetingStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
