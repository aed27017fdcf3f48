package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.Labelled;

/** Where a unit's written report stands. */
public enum ReportStatus implements Labelled {
  /** Not yet submitted, the report stage still runs. */
  PENDING("待提交"),
  /** Submitted on or before the due date. */
  SUBMITTED("按时提交"),
  /** Submitted after the due date but before the meeting. */
  LATE("逾期提交"),
  /** Not submitted when the meeting began: the unit is still commented on and rated. */
  MISSING("未提交");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
