package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.ENTERPRISE_CODE;
import static cn.partyunion.workflow.directreport.DirectReportModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.ID_NUMBER;
import static cn.partyunion.workflow.directreport.DirectReportModel.LIAISON_ID;
import static cn.partyunion.workflow.directreport.DirectReportModel.PARK_CODE;
import static cn.partyunion.workflow.directreport.DirectReportModel.PHONE;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;
import static cn.partyunion.workflow.directreport.DirectReportModel.RETURN_REASON;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.forms.SubmittedValues;
import cn.partyunion.workflow.shared.privacy.Masking;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Service tasks "登记推荐信息" and "登记修改后的推荐信息": validates the nomination ({@link NominationValidator}),
 * refuses an ID number that is open in another case, and stores the case in {@code dr_candidate}
 * (new: record number {@code ZB<year><6-digit id>}, which becomes the business key) or updates it
 * after a return. The submitted fields arrive as transient variables (the form guard, {@link
 * CandidateFormValues}): only {@code candidateName} (Tasklist's list column, stored as submitted)
 * and the values that route the case ({@code recordNo}, enterprise, park, liaison) are stored as
 * variables. A case started with stored variables (not through a form) keeps only the masked {@code
 * idNumber} (first 6 + last 4, DOMAIN §1) and {@code phone} (138****5678). In {@code dr_candidate}
 * both numbers are encrypted, the ID number searched by its keyed hash (issue 16, shared/privacy).
 *
 * @throws FormValidationException for any broken rule (the start or the task completion is refused
 *     and nothing is stored)
 */
@Component
public class StoreNominationDelegate implements JavaDelegate {

  private final NominationValidator validator;
  private final CandidateMapper candidates;
  private final EnterpriseMapper enterprises;
  private final CaseSteps steps;

  StoreNominationDelegate(
      NominationValidator validator,
      CandidateMapper candidates,
      EnterpriseMapper enterprises,
      CaseSteps steps) {
    this.validator = validator;
    this.candidates = candidates;
    this.enterprises = enterprises;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    String recordNo = (String) execution.getVariable(RECORD_NO);
    Candidate existing = recordNo == null ? null : candidates.findByRecordNo(recordNo);
    Nomination nomination =
        validator.validate(
            execution.getVariables(),
            now.toLocalDate(),
            existing == null ? null : existing.idNumber(),
            existing == null ? null : candidates.findRecord(recordNo).phone());
    Candidate holder = candidates.findOpenByIdNumber(nomination.idNumber(), recordNo);
    if (holder != null) {
      throw duplicate(nomination.idNumber(), holder);
    }
    try {
      if (existing == null) {
        recordNo = insert(execution, nomination, now);
        steps.record(execution, recordNo, ReviewStep.NOMINATION, null, null, now);
      } else {
        candidates.updateNomination(recordNo, nomination);
        steps.record(execution, recordNo, ReviewStep.RESUBMISSION, null, null, now);
      }
    } catch (DuplicateKeyException race) {
      throw new FormValidationException("该身份证号的人员已在直报流程中，同一人不能重复推荐。");
    }
    if (!SubmittedValues.isTransient(execution, ID_NUMBER)) {
      // started with stored variables (not through the form guard): keep only the masked number
      execution.setVariable(ID_NUMBER, ResidentIdNumber.mask(nomination.idNumber()));
    }
    if (execution.hasVariable(PHONE) && !SubmittedValues.isTransient(execution, PHONE)) {
      execution.setVariable(PHONE, Masking.phone(nomination.phone()));
    }
    // Tasklist's list column; the other nomination fields live in dr_candidate only and reach the
    // later forms through CandidateFormValues
    if (!nomination.candidateName().equals(execution.getVariable(CANDIDATE_NAME))) {
      execution.setVariable(CANDIDATE_NAME, nomination.candidateName());
    }
    execution.removeVariable(RETURN_REASON);
  }

  private String insert(DelegateExecution execution, Nomination nomination, LocalDateTime now) {
    Enterprise enterprise = enterprises.findByCode(execution.getTenantId());
    CandidateMapper.GeneratedKey key = new CandidateMapper.GeneratedKey();
    candidates.insert(
        key,
        nomination,
        enterprise.code(),
        enterprise.parkCode(),
        enterprise.industry(),
        execution.getProcessInstanceId(),
        now);
    String recordNo = "ZB%d%06d".formatted(now.getYear(), key.id);
    candidates.assignRecordNo(key.id, recordNo);
    execution.setProcessBusinessKey(recordNo);
    execution.setVariable(RECORD_NO, recordNo);
    execution.setVariable(ENTERPRISE_CODE, enterprise.code());
    execution.setVariable(ENTERPRISE_NAME, enterprise.name());
    execution.setVariable(PARK_CODE, enterprise.parkCode());
    execution.setVariable(LIAISON_ID, enterprise.liaisonId());
    return recordNo;
  }

  private static FormValidationException duplicate(String idNumber, Candidate holder) {
    return new FormValidationException(
        "身份证号为 "
            + ResidentIdNumber.mask(idNumber)
            + " 的人员已由“"
            + holder.enterpriseName()
            + "”推荐（记录号 "
            + holder.recordNo()
            + "），尚在直报流程中，不能重复推荐。");
  }
}
