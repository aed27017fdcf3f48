package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the per-chair sub-process: loads the chair's roster row into local
 * variables (name, enterprise, town union, members, months, self-report) and declares the
 * task results ({@code dutiesSummary}, {@code score}, {@code comment}, {@code grade},
 * {@code monthlyAmount}) as local, so that parallel chairs never overwrite each other.
 */
@Component
public class ChairScopeListener implements ExecutionListener {

  private final QuarterRoster roster;

  public ChairScopeListener(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RosterEntry entry = roster.entry((String) execution.getVariable(QUARTER),
        (String) execution.getVariable(CHAIR_ID));
    execution.setVariableLocal(CHAIR_NAME, entry.chairName());
    execution.setVariableLocal(ENTERPRISE_NAME, entry.enterpriseName());
    execution.setVariableLocal(TOWN_UNIT_CODE, entry.townUnitCode());
    execution.setVariableLocal(UNION_MEMBERS, entry.unionMembers());
    execution.setVariableLocal(MONTHS, entry.months());
    execution.setVariableLocal(SELF_REPORTED, entry.dutiesSummary() != null);
    execution.setVariableLocal(DUTIES_SUMMARY, entry.dutiesSummary());
    execution.setVariableLocal(SCORE, null);
    execution.setVariableLocal(COMMENT, null);
    execution.setVariableLocal(GRADE, null);
    execution.setVariableLocal(MONTHLY_AMOUNT, null);
  }
}
