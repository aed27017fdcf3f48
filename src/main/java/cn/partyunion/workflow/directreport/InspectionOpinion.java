package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** The opinion of a half-yearly inspection (DOMAIN §1.6). */
public enum InspectionOpinion implements Labelled {
  GOOD("好"),
  FAIR("一般"),
  NEEDS_IMPROVEMENT("需改进");

  private final String label;

  InspectionOpinion(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
