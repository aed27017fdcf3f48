package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the {@code chairStipend} process: an instance that ends before its list is
 * approved (cancelled in Cockpit) sets its quarter to CANCELLED, so that the quarter can be opened
 * again, and its chairs' running instances are deleted (more than a page by a Camunda batch: {@link
 * ChairInstances#cancel}). An approved quarter stays APPROVED (all its chair instances have ended).
 */
@Component
public class CloseQuarterListener implements ExecutionListener {

  private final QuarterRoster roster;
  private final ChairInstances chairInstances;

  public CloseQuarterListener(QuarterRoster roster, ChairInstances chairInstances) {
    this.roster = roster;
    this.chairInstances = chairInstances;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object quarter = execution.getVariable(QUARTER);
    // the engine may end a deleted instance's scopes one by one, calling this listener more than
    // once: the chairs go with the one call that cancels the quarter
    if (quarter != null && roster.cancel(quarter.toString(), execution.getProcessInstanceId())) {
      chairInstances.cancel(
          execution.getProcessEngineServices().getRuntimeService(), quarter.toString(), "季度考核已取消");
    }
  }
}
