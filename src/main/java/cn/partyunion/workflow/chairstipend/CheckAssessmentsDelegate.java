package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.OPEN_CHAIRS;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "count open chairs": sets {@code openChairs}, the chairs of the quarter whose
 * self-report or assessment is still open; at 0 the list goes to the city union's approval,
 * otherwise the quarter checks again after {@code assessment-check-interval}.
 */
@Component
public class CheckAssessmentsDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public CheckAssessmentsDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OPEN_CHAIRS, roster.openCount((String) execution.getVariable(QUARTER)));
  }
}
