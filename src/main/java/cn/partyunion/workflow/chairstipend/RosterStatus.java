package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;

/**
 * Where a chair stands in a quarter ({@code status} of {@code GET
 * /api/chair-stipend/quarters/{q}}).
 */
public enum RosterStatus implements Labelled {
  /** Recorded as not eligible when the roster was built (reason stored). */
  INELIGIBLE("不符合条件"),
  /** On the roster, self-report open. */
  AWAITING_SELF_REPORT("待提交履职述职"),
  /** Self-report done, waiting for the town union's assessment. */
  AWAITING_ASSESSMENT("待考核"),
  /** The self-report deadline passed: no stipend. */
  NO_SELF_REPORT("未按期述职"),
  /** Assessed and passed; amount computed, waiting for the city union's approval. */
  ASSESSED("已考核，待审批"),
  /** Assessed FAIL: no stipend. */
  FAILED("考核不合格"),
  /** In the approved payment list. */
  PAID("已发放");

  private final String label;

  RosterStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
