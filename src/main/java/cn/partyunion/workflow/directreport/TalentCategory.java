package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** The nominee's talent category (DOMAIN §1), as the nomination forms offer it. */
public enum TalentCategory implements Labelled {
  HIGH_LEVEL_TALENT("高层次人才"),
  TECHNICAL_EXPERT("技术能手"),
  BUSINESS_BACKBONE("业务骨干");

  private final String label;

  TalentCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
