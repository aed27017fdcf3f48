package cn.partyunion.workflow.reviewmeeting;

/** Where a unit's written report stands. */
public enum ReportStatus {
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

  public String label() {
    return label;
  }
}
