package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;

/** State of a quarter's stipend round ({@code cs_quarter.status}). */
public enum QuarterStatus implements Labelled {
  /** A {@code chairStipend} instance runs for the quarter: a second start is refused. */
  OPEN("考核中"),
  /** The payment list is approved and stored: the quarter can never be opened again. */
  APPROVED("已审批"),
  /** The instance was cancelled before approval: the quarter may be opened again. */
  CANCELLED("已取消");

  private final String label;

  QuarterStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
