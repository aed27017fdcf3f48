package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Activist;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Approval;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.BranchMeeting;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Conversion;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.DevelopmentTarget;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Filing;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Inspection;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Oath;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.PoliticalReview;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Publicity;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Talk;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Training;
import cn.partyunion.workflow.shared.development.DirectReportCandidates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Stores one step of the procedure after {@link DevelopmentRules} accepted it: its record, the
 * applicant's stage and dates, and — for a candidate handed over by the direct-report channel — the
 * 信息库's stage ({@link DirectReportCandidates}).
 */
@Component
class DevelopmentSteps {

  /** What the gateway, the 纪实 and the later forms get of a stored step. */
  record Outcome(String decision, String summary, LocalDate probationEnd, LocalDate meetingDate) {

    static Outcome of(String decision, String summary) {
      return new Outcome(decision, summary, null, null);
    }
  }

  /**
   * The steps whose user task has a statutory due date (the model's {@code camunda:dueDate}): their
   * storing clears the light {@link StepDueListener} set.
   */
  private static final Set<DevelopmentStep> DUE_STEPS =
      EnumSet.of(
          DevelopmentStep.TALK,
          DevelopmentStep.ADMISSION_APPROVAL,
          DevelopmentStep.CONVERSION_APPROVAL);

  private final DevelopmentRules rules;
  private final DevelopmentMapper records;
  private final DirectReportCandidates directReport;

  DevelopmentSteps(
      MemberDevelopmentProperties properties,
      DevelopmentMapper records,
      DirectReportCandidates directReport) {
    this.rules = new DevelopmentRules(properties);
    this.records = records;
    this.directReport = directReport;
  }

  Outcome store(DevelopmentStep step, Map<String, Object> values, Applicant a, LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    String no = a.recordNo();
    if (DUE_STEPS.contains(step)) {
      records.setStepDue(no, null, null);
    }
    return switch (step) {
      case TALK -> {
        Talk r = rules.talk(values, a, today);
        records.insertTalk(r, now);
        yield Outcome.of(null, r.talkDate() + " " + r.talker() + "谈话：" + r.talkRecord());
      }
      case ACTIVIST -> {
        Activist r = rules.activist(values, a, today);
        records.insertActivist(r, now);
        for (int i = 0; i < r.cultivationContacts().size(); i++) {
          records.insertCultivationContact(no, i + 1, r.cultivationContacts().get(i), now);
        }
        records.setActivistDate(no, r.activistDate());
        stage(a, MemberStage.ACTIVIST, now);
        yield Outcome.of(
            r.recommendationMethod(),
            r.activistDate()
                + " 经"
                + RecommendationMethod.valueOf(r.recommendationMethod()).label()
                + "，支部委员会确定为入党积极分子；培养联系人："
                + String.join("、", r.cultivationContacts()));
      }
      case ACTIVIST_FILING, ORGDEPT_FILING -> {
        String comment = rules.filingComment(values);
        boolean park = step == DevelopmentStep.ACTIVIST_FILING;
        records.insertFiling(new Filing(no, park ? "PARK" : "ORGDEPT", a.stage(), comment), now);
        yield Outcome.of(
            null, (park ? "上级党委已备案" : "区委组织部已备案") + (comment == null ? "" : "：" + comment));
      }
      case ACTIVIST_INSPECTION, PROBATION_INSPECTION -> {
        MemberStage stage =
            step == DevelopmentStep.ACTIVIST_INSPECTION
                ? MemberStage.ACTIVIST
                : MemberStage.PROBATIONARY;
        Inspection r = rules.inspection(values, a, stage, today);
        records.insertInspection(r, now);
        yield Outcome.of(null, r.inspectionDate() + " " + r.inspectionRecord());
      }
      case DEVELOPMENT_TARGET -> {
        DevelopmentTarget r = rules.developmentTarget(values, a, today);
        for (int i = 0; i < r.introducers().size(); i++) {
          records.insertIntroducer(no, i + 1, r.introducers().get(i), now);
        }
        records.setDevelopmentTargetDate(no, r.developmentTargetDate());
        stage(a, MemberStage.DEVELOPMENT_TARGET, now);
        yield Outcome.of(
            null,
            r.developmentTargetDate() + " 支部委员会确定为发展对象；入党介绍人：" + String.join("、", r.introducers()));
      }
      case POLITICAL_REVIEW -> {
        PoliticalReview r = rules.politicalReview(values, a);
        records.insertPoliticalReview(r, now);
        if (!r.passed()) {
          end(a, "政治审查不合格：" + r.comment(), now);
          yield Outcome.of("FAILED", "政治审查不合格：" + r.comment());
        }
        yield Outcome.of("PASSED", "政治审查合格" + (r.comment() == null ? "" : "：" + r.comment()));
      }
      case TRAINING -> {
        Training r = rules.training(values, a);
        records.insertTraining(r, now);
        yield Outcome.of(
            null,
            "集中培训"
                + (r.trainingDays() == null ? "" : r.trainingDays() + "天")
                + (r.trainingHours() == null ? "" : r.trainingHours() + "学时"));
      }
      case PRE_REVIEW -> {
        Approval r = rules.preReview(values, a);
        records.insertApproval(r, now);
        yield Outcome.of(null, "预审意见：" + r.comment());
      }
      case PUBLICITY -> {
        Publicity r = rules.publicity(values, a, today);
        records.insertPublicity(r, now);
        records.setPublicityEnd(no, r.publicityEnd());
        String summary =
            "公示 %s 至 %s（%d个工作日）".formatted(r.publicityStart(), r.publicityEnd(), r.workingDays());
        if (r.objections()) {
          end(a, "公示期间反映问题：" + r.comment(), now);
          yield Outcome.of("OBJECTIONS", summary + "，有反映问题：" + r.comment());
        }
        yield Outcome.of("NONE", summary + "，无异议");
      }
      case ADMISSION_MEETING -> {
        BranchMeeting r = rules.admissionMeeting(values, a, a.publicityEnd(), today);
        records.insertBranchMeeting(r, now);
        LocalDate probationEnd = rules.probationEnd(r.meetingDate());
        records.setAdmission(no, r.meetingDate(), probationEnd);
        yield new Outcome("PASSED", votes(r, "接收为预备党员"), probationEnd, r.meetingDate());
      }
      case ADMISSION_APPROVAL -> {
        Approval r = rules.admissionApproval(values, a, a.admissionMeetingDate(), today);
        records.insertApproval(r, now);
        String talk = r.committeeTalkDate() + " " + r.committeeTalker() + "谈话；";
        if (!r.approved()) {
          end(a, "上级党委不予批准：" + r.comment(), now);
          yield Outcome.of("REFUSED", talk + "不予批准：" + r.comment());
        }
        stage(a, MemberStage.PROBATIONARY, now);
        yield Outcome.of(
            "APPROVED", talk + "批准为预备党员" + (r.comment() == null ? "" : "：" + r.comment()));
      }
      case OATH -> {
        Oath r = rules.oath(values, a, today);
        records.insertOath(r, now);
        yield Outcome.of(null, r.oathDate() + " 入党宣誓，编入" + r.partyGroup());
      }
      case CONVERSION_MEETING -> {
        BranchMeeting r = rules.conversionMeeting(values, a, today);
        records.insertBranchMeeting(r, now);
        yield new Outcome("PASSED", votes(r, "同意转为正式党员"), null, r.meetingDate());
      }
      case CONVERSION_APPROVAL -> {
        Conversion r = rules.conversion(values, a);
        records.insertConversion(r, now);
        ConversionDecision decision = ConversionDecision.valueOf(r.decision());
        String comment = r.comment() == null ? "" : "：" + r.comment();
        switch (decision) {
          case CONVERT -> stage(a, MemberStage.FULL_MEMBER, now);
          case EXTEND -> records.extendProbation(no, r.probationEnd());
          case CANCEL -> end(a, "取消预备党员资格" + comment, now);
        }
        yield new Outcome(
            decision.name(),
            decision.label()
                + (decision == ConversionDecision.EXTEND
                    ? r.extensionMonths() + "个月，至" + r.probationEnd() + "届满"
                    : "")
                + comment,
            decision == ConversionDecision.EXTEND ? r.probationEnd() : null,
            null);
      }
      case ARCHIVE -> {
        rules.archive(values);
        records.insertArchive(no, now);
        records.close(no, MemberStage.FULL_MEMBER.name(), null, now);
        yield Outcome.of(null, "入党志愿书、政审材料、转正申请等材料已归档");
      }
      case REGISTRATION, HAND_OVER ->
          throw new IllegalArgumentException(step + " is stored by StoreApplicantDelegate");
    };
  }

  private static String votes(BranchMeeting r, String resolution) {
    return "%s 支部大会：应到会有表决权的正式党员%d人，实到%d人；赞成%d票、反对%d票、弃权%d票，%s"
        .formatted(
            r.meetingDate(),
            r.membersWithVotingRights(),
            r.membersPresent(),
            r.votesFor(),
            r.votesAgainst(),
            r.abstentions(),
            resolution);
  }

  private void stage(Applicant a, MemberStage stage, LocalDateTime now) {
    records.updateStage(a.recordNo(), stage.name(), now);
    if (a.handedOver()) {
      directReport.stageReached(a.recordNo(), stage.name(), now);
    }
  }

  private void end(Applicant a, String reason, LocalDateTime now) {
    records.close(a.recordNo(), MemberStage.ENDED.name(), reason, now);
    if (a.handedOver()) {
      directReport.ended(a.recordNo(), reason, now);
    }
  }
}
