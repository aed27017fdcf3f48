package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ALL_CHAIRS_STARTED;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SELF_REPORT_DUE_DATE;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "start one page of chair instances" (asynchronous: one job and one transaction per
 * page): one {@code chairStipendChair} instance for each of the next {@code roster-page-size}
 * chairs that wait for their self-report or assessment and have no instance noted on the roster,
 * noting it in the same transaction (insert-if-absent on the roster line: a page run again after a
 * node's death starts nobody twice). Sets {@code allChairsStarted} when the page was not full.
 */
@Component
public class StartChairInstancesDelegate implements JavaDelegate {

  private final QuarterRoster roster;
  private final ChairInstances chairInstances;

  public StartChairInstancesDelegate(QuarterRoster roster, ChairInstances chairInstances) {
    this.roster = roster;
    this.chairInstances = chairInstances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = (String) execution.getVariable(QUARTER);
    List<String> chairs = roster.chairsWithoutInstance(quarter);
    if (!chairs.isEmpty()) {
      Map<String, String> started =
          chairInstances.start(
              execution.getProcessEngineServices().getRuntimeService(),
              quarter,
              chairs,
              (Date) execution.getVariable(SELF_REPORT_DUE_DATE));
      roster.recordInstances(quarter, started);
    }
    execution.setVariable(ALL_CHAIRS_STARTED, chairs.size() < roster.pageSize());
  }
}
