package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_ID;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task after the self-report deadline: "no stipend: no self-report" is stored for the chair
 * (DOMAIN §3 step 2).
 */
@Component
public class RecordNoSelfReportDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public RecordNoSelfReportDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    roster.recordNoSelfReport(
        (String) execution.getVariable(QUARTER), (String) execution.getVariable(CHAIR_ID));
  }
}
