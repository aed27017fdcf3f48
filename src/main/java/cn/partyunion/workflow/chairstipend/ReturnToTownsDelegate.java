package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task after the city union returns the list (DOMAIN §3 step 5): every assessed chair goes
 * back to its town union's assessment (one statement); the pages of chair instances that follow
 * start a new {@code chairStipendChair} instance for each (which skips the self-report on record).
 * Chairs without a self-report stay without stipend.
 */
@Component
public class ReturnToTownsDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public ReturnToTownsDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    roster.reopenAssessments((String) execution.getVariable(QUARTER));
  }
}
