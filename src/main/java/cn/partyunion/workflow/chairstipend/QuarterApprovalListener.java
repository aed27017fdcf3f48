package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PAYABLE_COUNT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PAYABLE_TOTAL;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the city union's approval task: shows the approver the number of chairs to pay
 * ({@code payableCount}) and the total in yuan ({@code payableTotal}). The decision is checked and
 * recorded by {@link RecordApprovalDelegate}.
 */
@Component
public class QuarterApprovalListener implements TaskListener {

  private final QuarterRoster roster;

  public QuarterApprovalListener(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    String quarter = (String) task.getVariable(QUARTER);
    task.setVariable(PAYABLE_COUNT, roster.payableCount(quarter));
    task.setVariable(PAYABLE_TOTAL, roster.payableTotal(quarter).doubleValue());
  }
}
