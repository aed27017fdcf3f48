package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.DEVELOPMENT_STEP;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.LAST_MEETING_DATE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.LAST_OUTCOME;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.PROBATION_END;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.RECORD_NO;

import cn.partyunion.workflow.memberdevelopment.DevelopmentSteps.Outcome;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The storing service task after each user task of {@code memberDevelopment} (input parameter
 * {@code developmentStep}, a {@link DevelopmentStep} name): checks the submitted values against the
 * rules of DOMAIN §6 ({@link DevelopmentRules}), stores the step's record and its 纪实 entry ({@link
 * DevelopmentSteps}), and hands the outcome to the gateway after it ({@code lastOutcome}).
 *
 * @throws FormValidationException when a rule is broken: the completion rolls back, the task stays
 *     open
 */
@Component
public class StoreDevelopmentStepDelegate implements JavaDelegate {

  private final DevelopmentSteps steps;
  private final DevelopmentMapper records;
  private final StepLog log;

  StoreDevelopmentStepDelegate(DevelopmentSteps steps, DevelopmentMapper records, StepLog log) {
    this.steps = steps;
    this.records = records;
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    DevelopmentStep step =
        DevelopmentStep.valueOf((String) execution.getVariable(DEVELOPMENT_STEP));
    String recordNo = (String) execution.getVariable(RECORD_NO);
    Applicant applicant = records.findApplicant(recordNo);
    Outcome outcome = steps.store(step, execution.getVariables(), applicant, now);
    log.record(execution, recordNo, step, outcome.decision(), outcome.summary(), now);
    step.fields().forEach(execution::removeVariable);
    execution.setVariable(LAST_OUTCOME, outcome.decision());
    if (outcome.probationEnd() != null) {
      execution.setVariable(PROBATION_END, outcome.probationEnd().toString());
    }
    if (outcome.meetingDate() != null) {
      execution.setVariable(LAST_MEETING_DATE, outcome.meetingDate().toString());
    }
  }
}
