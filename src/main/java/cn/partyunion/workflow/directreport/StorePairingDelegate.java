package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTOR_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTOR_PHONE;
import static cn.partyunion.workflow.directreport.DirectReportModel.MENTOR_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.MENTOR_PHONE;
import static cn.partyunion.workflow.directreport.DirectReportModel.PAIRING_ROLE;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.forms.SubmittedValues;
import cn.partyunion.workflow.shared.privacy.Masking;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks of the dual management (DOMAIN §1.5; the input parameter {@code pairingRole} says
 * which): stores the enterprise's mentor party member ({@code MENTOR}: variables {@code
 * mentorName}, {@code mentorPhone}) or the park's inspector ({@code INSPECTOR}: {@code
 * inspectorName}, {@code inspectorPhone}) in {@code dr_pairing} (the phone encrypted) and the
 * timeline (the phone masked, 138****5678). A phone that reached the task as a stored variable (not
 * through the form guard) is replaced by its masked form, so that the engine keeps no full number.
 *
 * @throws FormValidationException for a name outside 2–30 characters or a phone that is not an
 *     11-digit mobile number
 */
@Component
public class StorePairingDelegate implements JavaDelegate {

  private final CandidateMapper candidates;
  private final CaseSteps steps;

  StorePairingDelegate(CandidateMapper candidates, CaseSteps steps) {
    this.candidates = candidates;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean mentor = "MENTOR".equals(execution.getVariableLocal(PAIRING_ROLE));
    String who = mentor ? "结对帮带党员" : "园区考察专人";
    Violations v = new Violations(execution.getVariables());
    String name = v.text(mentor ? MENTOR_NAME : INSPECTOR_NAME, who + "姓名", true, 2, 30);
    String phone = v.mobile(mentor ? MENTOR_PHONE : INSPECTOR_PHONE, who + "手机号码");
    v.throwIfAny();
    String recordNo = (String) execution.getVariable(RECORD_NO);
    LocalDateTime now = EngineClock.current();
    String actor = Actor.current();
    candidates.insertPairing(recordNo, mentor ? "MENTOR" : "INSPECTOR", name, phone, actor, now);
    ReviewStep step = mentor ? ReviewStep.MENTOR_NAMED : ReviewStep.INSPECTOR_NAMED;
    steps.record(execution, recordNo, step, null, name + "（" + Masking.phone(phone) + "）", now);
    String phoneVariable = mentor ? MENTOR_PHONE : INSPECTOR_PHONE;
    if (!SubmittedValues.isTransient(execution, phoneVariable)) {
      execution.setVariable(phoneVariable, Masking.phone(phone));
    }
  }
}
