package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** Where a candidate's case stands (DOMAIN §5 status values), with the Chinese label. */
public enum CandidateStatus implements Labelled {
  UNDER_REVIEW("审核中"),
  RETURNED("退回修改"),
  REJECTED("未通过"),
  IN_DATABASE("已入库培养"),
  MATURE("已成熟"),
  WITHDRAWN("已退出");

  private final String label;

  CandidateStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
