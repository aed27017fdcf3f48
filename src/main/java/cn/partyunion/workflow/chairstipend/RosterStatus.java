package cn.partyunion.workflow.chairstipend;

/**
 * Where a chair stands in a quarter ({@code status} of {@code GET
 * /api/chair-stipend/quarters/{q}}).
 */
public enum RosterStatus {
  /** Recorded as not eligible when the roster was built (reason stored). */
  INELIGIBLE,
  /** On the roster, self-report open. */
  AWAITING_SELF_REPORT,
  /** Self-report done, waiting for the town union's assessment. */
  AWAITING_ASSESSMENT,
  /** The self-report deadline passed: no stipend. */
  NO_SELF_REPORT,
  /** Assessed and passed; amount computed, waiting for the city union's approval. */
  ASSESSED,
  /** Assessed FAIL: no stipend. */
  FAILED,
  /** In the approved payment list. */
  PAID
}
