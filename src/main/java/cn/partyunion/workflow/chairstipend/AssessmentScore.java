package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.validation.FormValidationException;

/** The town union's assessment score (DOMAIN §3): a whole number 0–100. */
public final class AssessmentScore {

  private AssessmentScore() {}

  /**
   * The score a form submitted, as an integer. Tasklist may submit a number field as a long or a
   * double: a whole number of any numeric type is accepted, so that the DMN table and the roster
   * receive one type.
   *
   * @throws FormValidationException when the score is missing, not a number, fractional or outside
   *     0–100
   */
  public static int of(Object value) {
    if (!(value instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())
        || number.doubleValue() < 0
        || number.doubleValue() > 100) {
      throw new FormValidationException("考核得分应为 0–100 的整数。");
    }
    return number.intValue();
  }
}
