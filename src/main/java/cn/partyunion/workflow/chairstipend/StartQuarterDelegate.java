package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Service task of {@code chairStipendSchedule} (timer at 00:00 on 1 January, April, July and
 * October, Asia/Shanghai): starts {@code chairStipend} for the quarter just ended (fired on 1 April
 * 2026 → {@code 2026Q1}). Sets {@code quarter} and {@code chairStipendInstanceId} on the schedule's
 * instance.
 *
 * @throws cn.partyunion.workflow.shared.validation.FormValidationException when that quarter is
 *     open or approved already (the job fails and shows as an incident with the Chinese message)
 */
@Component
public class StartQuarterDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    String quarter = Quarter.endedBefore(today).toString();
    ProcessInstance started =
        execution
            .getProcessEngineServices()
            .getRuntimeService()
            .startProcessInstanceByKey(
                ChairStipendModel.PROCESS_KEY,
                quarter,
                Variables.createVariables().putValue(ChairStipendModel.QUARTER, quarter));
    execution.setVariable(ChairStipendModel.QUARTER, quarter);
    execution.setVariable(ChairStipendModel.CHAIR_STIPEND_INSTANCE_ID, started.getId());
  }
}
