package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SCORE;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the assessment task: {@code score} must be an integer 0–100 (DOMAIN §3).
 * Tasklist may submit a number field as a long or double: a whole number is stored back as an
 * integer so that the DMN table and the roster receive one type.
 *
 * @throws FormValidationException when the score is missing, fractional or outside 0–100
 */
@Component
public class AssessmentCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(SCORE);
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.doubleValue() < 0 || number.doubleValue() > 100) {
      throw new FormValidationException("考核得分应为 0–100 的整数。");
    }
    task.setVariable(SCORE, number.intValue());
  }
}
