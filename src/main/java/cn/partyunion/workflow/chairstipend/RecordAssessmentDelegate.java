package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "record assessment": stores score, comment, grade and the amounts (monthly yuan from
 * DMN {@code chairStipendAmount} × months in office) on the chair's roster row.
 *
 * @throws IllegalStateException when a passed grade's monthly amount is outside 120–350 yuan (see
 *     {@link QuarterRoster#recordAssessment})
 */
@Component
public class RecordAssessmentDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public RecordAssessmentDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comment = execution.getVariable(COMMENT);
    roster.recordAssessment(
        (String) execution.getVariable(QUARTER),
        (String) execution.getVariable(CHAIR_ID),
        ((Number) execution.getVariable(SCORE)).intValue(),
        comment == null ? null : comment.toString(),
        (String) execution.getVariable(GRADE),
        ((Number) execution.getVariable(MONTHLY_AMOUNT)).intValue());
  }
}
