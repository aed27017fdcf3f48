package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ELIGIBLE_COUNT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ROSTER_COMPLETE;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ROSTER_CURSOR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "build one page of the roster" (asynchronous: one job and one transaction per page):
 * the next {@code roster-page-size} registered chairs after {@code rosterCursor} go on the
 * quarter's roster, eligible or recorded as ineligible with the reason (seed 001's conditions on
 * the quarter's last day). Sets {@code rosterCursor} and {@code rosterComplete}; on the last page
 * {@code eligibleCount}. A node that dies during a page loses that page only: the job runs again
 * from the same cursor, and the insert-if-absent writes nothing twice.
 */
@Component
public class BuildRosterDelegate implements JavaDelegate {

  private final QuarterRoster roster;

  public BuildRosterDelegate(QuarterRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = (String) execution.getVariable(QUARTER);
    QuarterRoster.RosterPage page =
        roster.buildRosterPage(
            Quarter.parse(quarter), (String) execution.getVariable(ROSTER_CURSOR));
    execution.setVariable(ROSTER_CURSOR, page.lastChairId());
    execution.setVariable(ROSTER_COMPLETE, page.complete());
    if (page.complete()) {
      execution.setVariable(ELIGIBLE_COUNT, roster.eligibleCount(quarter));
    }
  }
}
