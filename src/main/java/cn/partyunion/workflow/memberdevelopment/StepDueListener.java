package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.RECORD_NO;

import cn.partyunion.workflow.shared.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the steps with a statutory limit (the talk, the two approvals): records the
 * task's due date and follow-up date (the instant its light turns red, {@link
 * MemberDevelopmentSchedule#talkRed}) in {@code md_applicant.step_due_at}/{@code step_red_at},
 * where the 红黄灯督办 supervision counts them (DOMAIN §1.7). The step's storing service task clears
 * them again ({@link DevelopmentSteps}), as does the case's closing.
 */
@Component("stepDueListener")
public class StepDueListener implements TaskListener {

  private final DevelopmentMapper records;

  public StepDueListener(DevelopmentMapper records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    records.setStepDue(
        (String) task.getVariable(RECORD_NO),
        EngineClock.toLocal(task.getDueDate()),
        EngineClock.toLocal(
            task.getFollowUpDate() == null ? task.getDueDate() : task.getFollowUpDate()));
  }
}
