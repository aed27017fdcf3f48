package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.CHAIR_IDS;
import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.ELIGIBLE_COUNT;
import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.QUARTER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "build roster": every registered chair goes on the quarter's roster, eligible or
 * recorded as ineligible with the reason (seed 001's conditions on the quarter's last day).
 * Sets {@code chairIds} (eligible chair ids, list of strings) and {@code eligibleCount}.
 */
@Component
public class BuildRosterDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public BuildRosterDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = Quarter.parse((String) execution.getVariable(QUARTER));
    List<String> eligible = new ArrayList<>(roster.buildRoster(quarter));
    execution.setVariable(CHAIR_IDS, eligible);
    execution.setVariable(ELIGIBLE_COUNT, eligible.size());
  }
}
