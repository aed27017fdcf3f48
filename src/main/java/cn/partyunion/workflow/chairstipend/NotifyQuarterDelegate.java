package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.MESSAGE_CHAIRS_DONE;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message end events of {@code chairStipendChair} (the chair's path ended, assessed or without a
 * self-report): when no chair of the quarter is left open, sends {@code chairStipendChairsDone} to
 * the quarter's instance, which moves on to the city union's approval in this very transaction. The
 * count locks the quarter's row ({@link QuarterRoster#openCount}), so of the last two chairs ending
 * at once exactly the later one sends. Nothing waiting for the message (the quarter is still
 * starting chairs, or counting) is fine: the quarter counts again before it waits, and its hourly
 * check remains the safety net.
 */
@Component
public class NotifyQuarterDelegate implements JavaDelegate {

  private final QuarterRoster roster;
  private final QuarterMapper quarters;

  public NotifyQuarterDelegate(QuarterRoster roster, QuarterMapper quarters) {
    this.roster = roster;
    this.quarters = quarters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = (String) execution.getVariable(QUARTER);
    if (roster.openCount(quarter) > 0) {
      return;
    }
    QuarterRecord record = quarters.findQuarter(quarter);
    if (record != null && record.processInstanceId() != null) {
      execution
          .getProcessEngineServices()
          .getRuntimeService()
          .createMessageCorrelation(MESSAGE_CHAIRS_DONE)
          .processInstanceId(record.processInstanceId())
          .correlateAll();
    }
  }
}
