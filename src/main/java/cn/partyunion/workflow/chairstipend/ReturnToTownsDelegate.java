package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.CHAIR_IDS;
import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.QUARTER;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task after the city union returns the list (DOMAIN §3 step 5): every assessed chair
 * goes back to its town union's assessment; {@code chairIds} becomes their ids. Chairs without
 * a self-report stay without stipend.
 */
@Component
public class ReturnToTownsDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public ReturnToTownsDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CHAIR_IDS,
        new ArrayList<>(roster.reopenAssessments((String) execution.getVariable(QUARTER))));
  }
}
