package cn.partyunion.workflow.chairstipend;

/**
 * Why a registered chair is paid no stipend for a quarter (seed 001's conditions, DOMAIN §3).
 * {@link #text(int)} gives the Chinese reason stored on the roster.
 */
public enum IneligibilityReason {
  /** The register marks the chair as not in office or not on the job (在岗在职). */
  NOT_IN_OFFICE("不在岗在职"),
  /** The term had not started or had ended on the quarter's last day. */
  NOT_IN_OFFICE_ON_QUARTER_END("季度末不在任（任职期间未覆盖季度最后一天）"),
  /** On a public establishment payroll: the stipend is for non-public (非公编制) chairs only. */
  ON_PUBLIC_PAYROLL("属公务（事业）编制，非“非公编制”"),
  /** Large union (at least the threshold) that does not stand alone (单独建会). */
  LARGE_UNION_NOT_STANDALONE("会员%d人以上但未单独建会"),
  /** Small union (below the threshold) not directly under a town/street/park union (直属). */
  SMALL_UNION_NOT_DIRECT("会员不足%d人且不直属镇（街道）、园区工会"),
  /** The self-report deadline passed: no stipend that quarter (DOMAIN §3 step 2). */
  NO_SELF_REPORT("未按期提交履职述职，本季度不发放津贴"),
  /** The quarter's assessment was not passed (grade FAIL). */
  ASSESSMENT_FAILED("季度考核不合格");

  private final String pattern;

  IneligibilityReason(String pattern) {
    this.pattern = pattern;
  }

  /** The Chinese reason; {@code standaloneMinMembers} fills the member threshold (200). */
  public String text(int standaloneMinMembers) {
    return pattern.formatted(standaloneMinMembers);
  }
}
