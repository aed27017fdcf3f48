package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SCORE;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "记录考核得分" after the town union's assessment, before the asynchronous grading: checks
 * {@code score} ({@link AssessmentScore#of}) and leaves it as an integer for the DMN table and
 * {@link RecordAssessmentDelegate}.
 *
 * @throws FormValidationException when the score is not a whole number 0–100 (the assessment task
 *     stays open)
 */
@Component
public class RecordScoreDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SCORE, AssessmentScore.of(execution.getVariable(SCORE)));
  }
}
