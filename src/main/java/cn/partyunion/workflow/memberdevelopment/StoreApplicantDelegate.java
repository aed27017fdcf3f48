package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.APPLICATION_DATE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.BIRTH_DATE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.BRANCH_CODE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.ENTERPRISE_CODE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.GENDER;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.PARK_CODE;
import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.RECORD_NO;

import cn.partyunion.workflow.shared.development.DirectReportCandidates;
import cn.partyunion.workflow.shared.development.DirectReportCandidates.HandedOverCandidate;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记入党申请人" (DOMAIN §6): the first step of every {@code memberDevelopment} case.
 * Started by the direct-report channel's {@code MATURE} decision (call activity, business key = the
 * direct-report record number), it takes over that candidate — name, gender, birth date,
 * application date, enterprise — from {@link DirectReportCandidates}; started by a branch (start
 * form), it registers the applicant the form names under a new record number {@code FZ<year><6
 * digits>}. Either way the applicant must have handed in a written application and been at least 18
 * on that day (细则 第五、六条); the enterprise's branch holds the branch's tasks and the park committee
 * the higher committee's.
 *
 * @throws FormValidationException for a missing or invalid field, an applicant under age, or an
 *     enterprise without a registered branch (the hand-over then refuses the {@code MATURE}
 *     decision and the direct-report task stays open)
 */
@Component
public class StoreApplicantDelegate implements JavaDelegate {

  private final DirectReportCandidates directReport;
  private final BranchMapper branches;
  private final DevelopmentMapper records;
  private final StepLog log;
  private final DevelopmentRules rules;

  StoreApplicantDelegate(
      DirectReportCandidates directReport,
      BranchMapper branches,
      DevelopmentMapper records,
      StepLog log,
      MemberDevelopmentProperties properties) {
    this.directReport = directReport;
    this.branches = branches;
    this.records = records;
    this.log = log;
    this.rules = new DevelopmentRules(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    String businessKey = execution.getProcessBusinessKey();
    Optional<HandedOverCandidate> handedOver =
        businessKey == null ? Optional.empty() : directReport.find(businessKey);
    Applicant applicant =
        handedOver.isPresent()
            ? handedOver(handedOver.get(), execution, now)
            : registered(execution, now);
    String refusal =
        rules.refusalOfApplication(
            applicant.birthDate(), applicant.applicationDate(), now.toLocalDate());
    if (refusal != null) {
      throw new FormValidationException(refusal + "。");
    }
    DevelopmentMapper.GeneratedKey key = new DevelopmentMapper.GeneratedKey();
    records.insertApplicant(key, applicant, now);
    String recordNo = applicant.recordNo();
    if (recordNo == null) {
      recordNo = "FZ%d%06d".formatted(now.getYear(), key.id);
      records.assignRecordNo(key.id, recordNo);
      execution.setProcessBusinessKey(recordNo);
    }
    Branch branch = branches.findByEnterprise(applicant.enterpriseCode());
    execution.setVariable(RECORD_NO, recordNo);
    execution.setVariable(CANDIDATE_NAME, applicant.candidateName());
    execution.setVariable(APPLICATION_DATE, applicant.applicationDate().toString());
    execution.setVariable(ENTERPRISE_CODE, applicant.enterpriseCode());
    execution.setVariable(ENTERPRISE_NAME, branch.enterpriseName());
    execution.setVariable(BRANCH_CODE, applicant.branchCode());
    execution.setVariable(PARK_CODE, applicant.parkCode());
    log.record(
        execution,
        recordNo,
        applicant.handedOver() ? DevelopmentStep.HAND_OVER : DevelopmentStep.REGISTRATION,
        null,
        "%s 递交入党申请书；%s".formatted(applicant.applicationDate(), branch.name()),
        now);
  }

  private Applicant handedOver(
      HandedOverCandidate candidate, DelegateExecution execution, LocalDateTime now) {
    Branch branch = branches.findByEnterprise(candidate.enterpriseCode());
    if (branch == null) {
      throw new FormValidationException("该企业尚未登记党支部，无法转入发展党员程序，请联系管理员登记后再认定成熟。");
    }
    return applicant(
        candidate.recordNo(),
        execution,
        Applicant.DIRECT_REPORT,
        branch,
        candidate.candidateName(),
        candidate.gender(),
        candidate.birthDate(),
        candidate.applicationDate(),
        now);
  }

  private Applicant registered(DelegateExecution execution, LocalDateTime now) {
    Branch branch = branches.findByEnterprise(execution.getTenantId());
    Violations v = new Violations(execution.getVariables());
    String name = v.text(CANDIDATE_NAME, "姓名", true, 2, 30);
    String gender = v.oneOf(GENDER, "性别", java.util.List.of("MALE", "FEMALE"));
    LocalDate birth = v.date(BIRTH_DATE, "出生日期", true);
    LocalDate application = v.date(APPLICATION_DATE, "递交入党申请书日期", true);
    if (branch == null) {
      v.add("您所在的企业尚未登记党支部");
    }
    v.throwIfAny();
    return applicant(
        null, execution, Applicant.BRANCH, branch, name, gender, birth, application, now);
  }

  private static Applicant applicant(
      String recordNo,
      DelegateExecution execution,
      String source,
      Branch branch,
      String name,
      String gender,
      LocalDate birth,
      LocalDate application,
      LocalDateTime now) {
    return new Applicant(
        recordNo,
        execution.getProcessInstanceId(),
        source,
        branch.enterpriseCode(),
        branch.parkCode(),
        branch.code(),
        name,
        gender,
        birth,
        application,
        MemberStage.APPLICANT.name(),
        null,
        null,
        null,
        null,
        null,
        0,
        null,
        now,
        null);
  }
}
