package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/**
 * The decision of each review (liaison, park, organization department; DOMAIN §1), stored in the
 * timeline and read by the gateways as {@code lastDecision}.
 */
public enum ReviewDecision implements Labelled {
  APPROVE("同意"),
  RETURN("退回修改"),
  REJECT("不同意");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
