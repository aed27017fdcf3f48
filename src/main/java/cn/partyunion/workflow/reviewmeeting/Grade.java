package cn.partyunion.workflow.reviewmeeting;

/**
 * A rater's grade of a unit and a unit's overall grade (DOMAIN §2.3: 好 / 较好 / 一般 / 差).
 * The points each grade is worth are configuration ({@link ReviewMeetingProperties#gradePoints()}).
 */
public enum Grade {
  EXCELLENT("好"),
  GOOD("较好"),
  FAIR("一般"),
  POOR("差");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /** The Chinese label users read. */
  public String label() {
    return label;
  }
}
