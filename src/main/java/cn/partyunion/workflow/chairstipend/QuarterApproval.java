package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;

/** The city union's decision on a quarter's list (DOMAIN §3 step 5). */
public final class QuarterApproval {

  private QuarterApproval() {}

  /**
   * The decision a form submitted: {@code approved} must be given, and a returned list needs a
   * {@code comment} (the reason).
   *
   * @return whether the list is approved
   * @throws FormValidationException when the decision is missing or a return has no comment
   */
  public static boolean decision(Object approved, Object comment) {
    Boolean decision = FormValues.bool(approved, "审批结果");
    if (decision == null) {
      throw new FormValidationException("请选择是否审批通过。");
    }
    if (!decision && (comment == null || comment.toString().isBlank())) {
      throw new FormValidationException("退回时请填写审批意见（退回原因）。");
    }
    return decision;
  }
}
