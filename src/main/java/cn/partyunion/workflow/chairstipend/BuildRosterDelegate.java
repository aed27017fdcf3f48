package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ELIGIBLE_COUNT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SELF_REPORT_DUE_DATE;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "build roster": every registered chair goes on the quarter's roster, eligible or
 * recorded as ineligible with the reason (seed 001's conditions on the quarter's last day); one
 * {@code chairStipendChair} instance starts per eligible chair. Sets {@code eligibleCount}.
 */
@Component
public class BuildRosterDelegate implements JavaDelegate {

  private final QuarterRoster roster;
  private final ChairInstances chairInstances;

  public BuildRosterDelegate(QuarterRoster roster, ChairInstances chairInstances) {
    this.roster = roster;
    this.chairInstances = chairInstances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = (String) execution.getVariable(QUARTER);
    List<String> eligible = roster.buildRoster(Quarter.parse(quarter));
    chairInstances.start(
        execution.getProcessEngineServices().getRuntimeService(),
        quarter,
        eligible,
        (Date) execution.getVariable(SELF_REPORT_DUE_DATE));
    execution.setVariable(ELIGIBLE_COUNT, eligible.size());
  }
}
