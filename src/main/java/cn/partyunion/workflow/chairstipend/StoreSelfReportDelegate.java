package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_ID;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.DUTIES_SUMMARY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记履职述职" after the chair's self-report: checks {@code dutiesSummary} and stores it
 * on the roster ({@link QuarterRoster#recordSelfReport}).
 *
 * @throws FormValidationException when the summary is missing or too short (the self-report task
 *     stays open)
 */
@Component
public class StoreSelfReportDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public StoreSelfReportDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    roster.recordSelfReport(
        (String) execution.getVariable(QUARTER),
        (String) execution.getVariable(CHAIR_ID),
        FormValues.text(execution.getVariable(DUTIES_SUMMARY)));
  }
}
