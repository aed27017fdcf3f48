package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the chair stipend's store delegates apply to a form: score and approval. */
class OutcomeRulesTest {

  @Test
  void aScoreIsAWholeNumberFromZeroToAHundredOfAnyNumericType() {
    assertThat(AssessmentScore.of(0)).isZero();
    assertThat(AssessmentScore.of(100L)).isEqualTo(100);
    assertThat(AssessmentScore.of(92.0)).isEqualTo(92);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "101", "92.5", "text", "null"})
  void anyOtherScoreIsRefused(String value) {
    Object submitted =
        switch (value) {
          case "text" -> "100";
          case "null" -> null;
          default -> Double.parseDouble(value);
        };
    assertThatThrownBy(() -> AssessmentScore.of(submitted))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("考核得分应为 0–100 的整数。");
  }

  @Test
  void anApprovalNeedsADecisionAndAReturnAReason() {
    assertThat(QuarterApproval.decision(true, null)).isTrue();
    assertThat(QuarterApproval.decision("false", "金额有误")).isFalse();
    assertThatThrownBy(() -> QuarterApproval.decision(null, "好")).hasMessage("请选择是否审批通过。");
    assertThatThrownBy(() -> QuarterApproval.decision(false, " ")).hasMessage("退回时请填写审批意见（退回原因）。");
  }
}
