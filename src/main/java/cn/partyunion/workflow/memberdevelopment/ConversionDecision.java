package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.Labelled;

/** The higher committee's decision on a probationary member (细则 第三十二条, 第三十六条). */
public enum ConversionDecision implements Labelled {
  CONVERT("按期转正"),
  EXTEND("延长预备期"),
  CANCEL("取消预备党员资格");

  private final String label;

  ConversionDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
