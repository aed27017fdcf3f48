package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.Labelled;

/**
 * A rater's grade of a unit and a unit's overall grade (DOMAIN §2.3: 好 / 较好 / 一般 / 差). The points
 * each grade is worth are configuration ({@link ReviewMeetingProperties#gradePoints()}).
 */
public enum Grade implements Labelled {
  EXCELLENT("好"),
  GOOD("较好"),
  FAIR("一般"),
  POOR("差");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
