package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/**
 * The organization department's decision after an inspection (DOMAIN §1.6), read by the gateway as
 * {@code lastMaturityDecision}.
 */
public enum MaturityDecision implements Labelled {
  CONTINUE("继续培养"),
  MATURE("已成熟，转入发展党员程序"),
  WITHDRAW("退出培养");

  private final String label;

  MaturityDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
