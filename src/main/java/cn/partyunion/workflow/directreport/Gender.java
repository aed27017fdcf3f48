package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** The nominee's gender (DOMAIN §1), as the nomination forms offer it. */
public enum Gender implements Labelled {
  MALE("男"),
  FEMALE("女");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
