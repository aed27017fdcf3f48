package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code chairStipendChair} (inside its first job): loads the chair's roster row
 * into variables shown by the forms (name, enterprise, town union = the assessment's candidate
 * group, members, months) and {@code selfReported} / {@code dutiesSummary} (a returned list skips
 * the self-report on record). (The page that started the instance noted it on the roster line.)
 */
@Component
public class ChairScopeListener implements ExecutionListener {

  private final QuarterRoster roster;

  public ChairScopeListener(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RosterEntry entry =
        roster.entry(
            (String) execution.getVariable(QUARTER), (String) execution.getVariable(CHAIR_ID));
    execution.setVariable(CHAIR_NAME, entry.chairName());
    execution.setVariable(ENTERPRISE_NAME, entry.enterpriseName());
    execution.setVariable(TOWN_UNIT_CODE, entry.townUnitCode());
    execution.setVariable(UNION_MEMBERS, entry.unionMembers());
    execution.setVariable(MONTHS, entry.months());
    execution.setVariable(SELF_REPORTED, entry.dutiesSummary() != null);
    execution.setVariable(DUTIES_SUMMARY, entry.dutiesSummary());
  }
}
