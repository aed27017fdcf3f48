package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SELF_REPORT_DUE_DATE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task after the city union returns the list (DOMAIN §3 step 5): every assessed chair goes
 * back to its town union's assessment in a new {@code chairStipendChair} instance (which skips the
 * self-report on record). Chairs without a self-report stay without stipend.
 */
@Component
public class ReturnToTownsDelegate implements JavaDelegate {

  private final QuarterRoster roster;
  private final ChairInstances chairInstances;

  public ReturnToTownsDelegate(QuarterRoster roster, ChairInstances chairInstances) {
    this.roster = roster;
    this.chairInstances = chairInstances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = (String) execution.getVariable(QUARTER);
    chairInstances.start(
        execution.getProcessEngineServices().getRuntimeService(),
        quarter,
        roster.reopenAssessments(quarter),
        (Date) execution.getVariable(SELF_REPORT_DUE_DATE));
  }
}
