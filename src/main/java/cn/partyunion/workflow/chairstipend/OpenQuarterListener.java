package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SELF_REPORT_DUE_DATE;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code chairStipend}: opens the quarter {@code quarter} once (started by {@code
 * jycity} with the start form, or by {@code chairStipendSchedule}'s timer for the quarter just
 * ended). Normalizes {@code quarter} and sets {@code selfReportDueDate} (now + {@code
 * self-report-deadline}, default 15 days) and {@code assessmentCheckInterval}.
 *
 * @throws FormValidationException (REST 400, Chinese message) when {@code quarter} is missing or
 *     malformed, has not ended, or is open or approved already (never pay a chair twice)
 */
@Component
public class OpenQuarterListener implements ExecutionListener {

  private final QuarterRoster roster;
  private final ChairStipendProperties properties;

  public OpenQuarterListener(QuarterRoster roster, ChairStipendProperties properties) {
    this.roster = roster;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object requested = execution.getVariable(QUARTER);
    if (requested == null || requested.toString().isBlank()) {
      throw new FormValidationException("请填写季度，例如 2026Q3。");
    }
    Quarter quarter = roster.open(requested.toString(), execution.getProcessInstanceId());
    execution.setVariable(QUARTER, quarter.toString());
    execution.setVariable(
        ChairStipendModel.ASSESSMENT_CHECK_INTERVAL,
        properties.assessmentCheckInterval().toString());
    execution.setVariable(
        SELF_REPORT_DUE_DATE,
        EngineClock.toDate(EngineClock.current().plus(properties.selfReportDeadline())));
  }
}
