package cn.partyunion.workflow.chairstipend;

/** State of a quarter's stipend round ({@code cs_quarter.status}). */
public enum QuarterStatus {
  /** A {@code chairStipend} instance runs for the quarter: a second start is refused. */
  OPEN,
  /** The payment list is approved and stored: the quarter can never be opened again. */
  APPROVED,
  /** The instance was cancelled before approval: the quarter may be opened again. */
  CANCELLED
}
