package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the three review tasks (liaison, park, organization department): records the
 * task's due date in the case ({@code dr_candidate.review_due_at}), where the traffic-light
 * supervision counts it (DOMAIN §1.7). After the review, the next review's listener replaces it, or
 * the storing service task clears it with the case's new status ({@link
 * StoreReviewDecisionDelegate}).
 */
@Component("reviewDueListener")
public class ReviewDueListener implements TaskListener {

  private final CandidateMapper candidates;

  public ReviewDueListener(CandidateMapper candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateTask task) {
    // the case's variable from the execution, whose variables the command has loaded already (the
    // new task's own would be one more query)
    candidates.setReviewDue(
        (String) task.getExecution().getVariable(RECORD_NO),
        task.getDueDate() == null ? null : EngineClock.toLocal(task.getDueDate()));
  }
}
