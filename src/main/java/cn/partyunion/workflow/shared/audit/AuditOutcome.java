package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.Labelled;

/** How an audited action ended. */
public enum AuditOutcome implements Labelled {
  SUCCESS("成功"),
  FAILURE("失败");

  private final String label;

  AuditOutcome(String label) {
    this.label = label;
  }

  /** {@link #SUCCESS} for an HTTP status below 400, else {@link #FAILURE}. */
  public static AuditOutcome ofStatus(int status) {
    return status < 400 ? SUCCESS : FAILURE;
  }

  @Override
  public String label() {
    return label;
  }
}
