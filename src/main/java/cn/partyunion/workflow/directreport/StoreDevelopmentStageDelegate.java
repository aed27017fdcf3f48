package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.DEVELOPMENT_STAGE;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记发展阶段" of {@code directReport} versions before 2026.3 (DOMAIN §1.6), kept for the
 * cases still running them (since 2026.3 the {@code MATURE} decision hands the case to {@code
 * memberDevelopment}, whose steps move the stage): records the mature candidate's stage in the
 * Party's member-development procedure, {@code developmentStage} = {@code ACTIVIST →
 * DEVELOPMENT_TARGET → PROBATIONARY_MEMBER → FULL_MEMBER}; a stage may only move forward. Reaching
 * {@code FULL_MEMBER} closes the case.
 *
 * @throws FormValidationException for an unknown stage or one that does not move forward
 */
@Component
public class StoreDevelopmentStageDelegate implements JavaDelegate {

  private final CandidateMapper candidates;
  private final CaseSteps steps;
  private final MemberDevelopmentHandOver stages;

  StoreDevelopmentStageDelegate(
      CandidateMapper candidates, CaseSteps steps, MemberDevelopmentHandOver stages) {
    this.candidates = candidates;
    this.steps = steps;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recordNo = (String) execution.getVariable(RECORD_NO);
    Violations v = new Violations(execution.getVariables());
    DevelopmentStage stage = v.oneOf(DEVELOPMENT_STAGE, "发展阶段", DevelopmentStage.class);
    String stored = candidates.findByRecordNo(recordNo).developmentStage();
    DevelopmentStage current = stored == null ? null : DevelopmentStage.valueOf(stored);
    if (stage != null && current != null && stage.compareTo(current) <= 0) {
      v.add("发展阶段只能向后推进（当前为“" + current.label() + "”）");
    }
    v.throwIfAny();
    LocalDateTime now = EngineClock.current();
    stages.record(recordNo, stage, now);
    steps.record(
        execution, recordNo, ReviewStep.DEVELOPMENT_STAGE, stage.name(), stage.label(), now);
  }
}
