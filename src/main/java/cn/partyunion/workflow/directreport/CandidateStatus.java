package cn.partyunion.workflow.directreport;

/** Where a candidate's case stands (DOMAIN §5 status values), with the Chinese label. */
public enum CandidateStatus {
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

  public String label() {
    return label;
  }
}
