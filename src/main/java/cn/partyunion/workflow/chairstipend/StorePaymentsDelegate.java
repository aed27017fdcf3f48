package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.APPROVED_BY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task after approval: stores the quarter's payment list (one row per paid chair; a retry
 * inserts nothing twice) and marks the quarter APPROVED so that it is never paid again.
 */
@Component
public class StorePaymentsDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public StorePaymentsDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    roster.storePayments(
        (String) execution.getVariable(QUARTER), (String) execution.getVariable(APPROVED_BY));
  }
}
