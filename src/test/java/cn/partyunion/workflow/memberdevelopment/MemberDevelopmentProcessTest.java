package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.Development.ADMITTED;
import static cn.partyunion.workflow.memberdevelopment.Development.PROBATION_END;
import static cn.partyunion.workflow.memberdevelopment.Development.TARGET;
import static cn.partyunion.workflow.memberdevelopment.Development.meeting;
import static cn.partyunion.workflow.shared.testkit.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.partyunion.workflow.ProcessCoverageTest;
import cn.partyunion.workflow.directreport.DirectReportProcessTest;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code memberDevelopment} (DOMAIN §6, 《中国共产党发展党员工作细则》): straight through the five
 * stages with the clock moved and the half-yearly inspections; a failed political review;
 * objections in the publicity; a meeting without quorum and a resolution without majority refused;
 * the approval refused; extensions of 6 and 12 months accepted, 5 and 13 and a second one refused;
 * cancellation; conversion before the probation's end refused. With the direct-report paths it
 * inherits (their {@code MATURE} decision starts this process) it holds both processes to 100%
 * flow-node and sequence-flow coverage.
 */
@ProcessCoverageTest
class MemberDevelopmentProcessTest extends DirectReportProcessTest {

  @Autowired DevelopmentMapper records;

  @Test
  void applicantBecomesAFullMemberThroughAllFiveStages() {
    Development d = Development.registered(runtimeService, clock);
    String recordNo = d.pi.getBusinessKey();
    assertThat(recordNo).startsWith("FZ2025");
    assertThat(d.pi).isWaitingAt("Task_ApplicantTalk").task().hasCandidateGroup("branch01");
    assertThat(d.pi.getTenantId()).isEqualTo("ent01");
    // talk due within one month of the application (细则 第七条)
    assertThat(TestClock.local(task(d.pi).getDueDate()))
        .isEqualTo(LocalDate.of(2025, 2, 4).atStartOfDay());
    assertRefused(
        () ->
            d.complete(
                "Task_ApplicantTalk",
                "talkDate",
                "2025-01-02",
                "talker",
                "李红",
                "talkRecord",
                "了解入党动机，对党的认识较为端正。"),
        "请更正以下内容：谈话日期不能早于递交入党申请书日期（2025-01-03）。");
    d.talk().activist();
    assertThat(stage(recordNo)).isEqualTo("ACTIVIST");
    assertThat(d.pi).isWaitingAt("Task_DetermineDevelopmentTarget");

    // the half-yearly inspection of the activist (细则 第十一条)
    Job inspection = activistInspectionTimer(d);
    assertThat(TestClock.local(inspection.getDuedate()).toLocalDate())
        .isEqualTo(LocalDate.of(2025, 7, 20));
    d.on(LocalDate.of(2025, 7, 21));
    engine.getManagementService().executeJob(inspection.getId());
    d.complete(
        "Task_InspectActivist",
        "inspectionDate",
        "2025-07-21",
        "inspectionRecord",
        "学习认真，工作积极，群众评价好。");
    assertThat(d.pi).hasPassed("EndEvent_ActivistInspected");

    // one year as activist before development target (细则 第十三条): 2025-01-20 + 1 year
    d.on(TARGET);
    assertRefused(
        () ->
            d.complete(
                "Task_DetermineDevelopmentTarget",
                "developmentTargetDate",
                TARGET.minusDays(1).toString(),
                "introducers",
                "李红、周明"),
        "请更正以下内容：确定为发展对象须经过一年以上的培养教育和考察：2025-01-20确定为入党积极分子，最早2026-01-20可确定为发展对象（细则 第十三条）。");
    assertRefused(
        () ->
            d.complete(
                "Task_DetermineDevelopmentTarget",
                "developmentTargetDate",
                TARGET.toString(),
                "introducers",
                "李红"),
        "请更正以下内容：发展对象应有2名正式党员作入党介绍人（当前1名，细则 第十四条）。");
    d.developmentTarget().politicalReview(true);
    assertThat(stage(recordNo)).isEqualTo("DEVELOPMENT_TARGET");

    // training: 3 days or 24 class hours (细则 第二十一条)
    assertRefused(
        () -> d.complete("Task_RecordTraining", "trainingDays", 2, "trainingHours", 23),
        "请更正以下内容：集中培训时间不少于3天或24个学时（当前2天、23学时，细则 第二十一条）。");
    d.complete("Task_RecordTraining", "trainingHours", 24);
    d.complete("Task_PreReview", "comment", "经审查，符合发展条件");

    // publicity: 5 working days, Friday to Wednesday is only 4 (细则 第二十二条)
    d.on(LocalDate.of(2026, 2, 13));
    assertRefused(
        () ->
            d.complete(
                "Task_Publicity",
                "publicityStart",
                "2026-02-06",
                "publicityEnd",
                "2026-02-11",
                "publicityObjections",
                "false"),
        "请更正以下内容：公示期不少于5个工作日（2026-02-06至2026-02-11只有4个工作日，细则 第二十二条）。");
    d.publicity(false);

    // the branch general meeting: quorum, then majority; exactly half is not enough
    d.on(ADMITTED);
    assertRefused(
        () -> d.complete("Task_AdmissionMeeting", meeting("volunteerFormDate", ADMITTED, 10, 5, 5)),
        "请更正以下内容：支部大会到会有表决权的正式党员（5人）未超过应到会人数（10人）的半数，会议无效（细则 第二十五条）。");
    assertRefused(
        () -> d.complete("Task_AdmissionMeeting", meeting("volunteerFormDate", ADMITTED, 10, 6, 5)),
        "请更正以下内容：赞成人数（5人）未超过应到会有表决权的正式党员（10人）的半数，决议未通过（细则 第二十六条）。");
    assertThat(records.findApplicant(recordNo).admissionMeetingDate()).isNull();
    d.admissionMeeting();
    assertThat(d.pi).isWaitingAt("Task_AdmissionApproval");
    // approval within three months of the meeting (细则 第二十九条)
    assertThat(TestClock.local(task(d.pi).getDueDate()))
        .isEqualTo(LocalDate.of(2026, 5, 21).atStartOfDay());
    d.admissionApproval(true);
    assertThat(stage(recordNo)).isEqualTo("PROBATIONARY");
    assertThat(task(d.pi)).hasCandidateGroup("orgdept");
    d.filedAndSworn();
    assertThat(records.findApplicant(recordNo).probationEnd()).isEqualTo(PROBATION_END);

    // the probationary member's half-yearly inspection (细则 第三十三条)
    d.on(ADMITTED.plusMonths(7));
    new JobRunner(engine).execute(d.pi.getId(), "BoundaryEvent_ProbationInspectionDue");
    d.complete(
        "Task_InspectProbationary",
        "inspectionDate",
        ADMITTED.plusMonths(7).toString(),
        "inspectionRecord",
        "按时参加组织生活，发挥先锋模范作用。");
    assertThat(d.pi).hasPassed("EndEvent_ProbationInspected");

    // conversion not before the probation's end (细则 第三十二条)
    LocalDate early = PROBATION_END.minusDays(1);
    d.on(early);
    assertRefused(
        () ->
            d.complete(
                "Task_ConversionMeeting", meeting("conversionApplicationDate", early, 10, 9, 9)),
        "请更正以下内容：预备期至2027-02-20届满，届满前不能讨论转正（细则 第三十二条）。");
    d.conversionMeeting(PROBATION_END);
    d.on(PROBATION_END.plusDays(20))
        .complete("Task_ConversionApproval", "conversionDecision", "CONVERT");
    assertThat(stage(recordNo)).isEqualTo("FULL_MEMBER");
    assertRefused(
        () -> d.complete("Task_Archive", "archived", false), "请更正以下内容：请确认入党材料已归档后再提交（细则 第三十八条）。");
    d.complete("Task_Archive", "archived", true);
    assertThat(d.pi).hasPassed("EndEvent_FullMember");
    assertThat(records.findApplicant(recordNo).closedAt()).isNotNull();
    assertThat(records.findSteps(recordNo))
        .extracting(DevelopmentMapper.Step::step)
        .containsExactly(
            "REGISTRATION",
            "TALK",
            "ACTIVIST",
            "ACTIVIST_FILING",
            "ACTIVIST_INSPECTION",
            "DEVELOPMENT_TARGET",
            "POLITICAL_REVIEW",
            "TRAINING",
            "PRE_REVIEW",
            "PUBLICITY",
            "ADMISSION_MEETING",
            "ADMISSION_APPROVAL",
            "ORGDEPT_FILING",
            "OATH",
            "PROBATION_INSPECTION",
            "CONVERSION_MEETING",
            "CONVERSION_APPROVAL",
            "ARCHIVE");
  }

  @Test
  void failedPoliticalReviewEndsTheCaseWithTheReason() {
    Development d = Development.registered(runtimeService, clock);
    d.talk().activist().developmentTarget();
    assertRefused(
        () -> d.complete("Task_PoliticalReview", "politicalReviewPassed", "false"),
        "请更正以下内容：审查意见为必填项。");
    d.politicalReview(false);
    assertThat(d.pi).isEnded().hasPassed("EndEvent_PoliticalReviewFailed");
    Applicant a = records.findApplicant(d.pi.getBusinessKey());
    assertThat(a.stage()).isEqualTo("ENDED");
    assertThat(a.endedReason()).isEqualTo("政治审查不合格：直系亲属情况需进一步核实");
  }

  @Test
  void objectionsInThePublicityEndTheCase() {
    Development d = Development.registered(runtimeService, clock);
    d.talk().activist().developmentTarget().politicalReview(true).trainedAndPreReviewed();
    d.publicity(true);
    assertThat(d.pi).isEnded().hasPassed("EndEvent_ObjectionUpheld");
    assertThat(stage(d.pi.getBusinessKey())).isEqualTo("ENDED");
  }

  @Test
  void higherCommitteeRefusesTheAdmission() {
    Development d = Development.registered(runtimeService, clock);
    d.talk().activist().developmentTarget().politicalReview(true).trainedAndPreReviewed();
    d.publicity(false).admissionMeeting().admissionApproval(false);
    assertThat(d.pi).isEnded().hasPassed("EndEvent_AdmissionRefused");
    assertThat(stage(d.pi.getBusinessKey())).isEqualTo("ENDED");
  }

  @Test
  void probationIsExtendedOnceBySixToTwelveMonthsThenCancelled() {
    Development d = probationaryAtConversionApproval();
    String recordNo = d.pi.getBusinessKey();
    for (int months : new int[] {5, 13}) {
      assertRefused(
          () ->
              d.complete(
                  "Task_ConversionApproval",
                  "conversionDecision",
                  "EXTEND",
                  "extensionMonths",
                  months,
                  "comment",
                  "需继续考察"),
          "请更正以下内容：延长预备期不能少于6个月，最长不超过12个月（细则 第三十二条）。");
    }
    d.complete(
        "Task_ConversionApproval",
        "conversionDecision",
        "EXTEND",
        "extensionMonths",
        12,
        "comment",
        "需继续考察");
    assertThat(records.findApplicant(recordNo).probationEnd())
        .isEqualTo(PROBATION_END.plusMonths(12));
    assertThat(d.pi).isWaitingAt("Task_ConversionMeeting");
    // the extended probation has not ended yet
    assertRefused(
        () ->
            d.on(PROBATION_END.plusMonths(6))
                .complete(
                    "Task_ConversionMeeting",
                    meeting("conversionApplicationDate", PROBATION_END.plusMonths(6), 10, 9, 9)),
        "请更正以下内容：预备期至2028-02-20届满，届满前不能讨论转正（细则 第三十二条）。");
    d.conversionMeeting(PROBATION_END.plusMonths(12));
    d.on(PROBATION_END.plusMonths(12).plusDays(5));
    assertRefused(
        () ->
            d.complete(
                "Task_ConversionApproval",
                "conversionDecision",
                "EXTEND",
                "extensionMonths",
                6,
                "comment",
                "仍需考察"),
        "请更正以下内容：预备期只能延长一次，已延长过（细则 第三十二条）。");
    d.complete("Task_ConversionApproval", "conversionDecision", "CANCEL", "comment", "不具备党员条件");
    assertThat(d.pi).isEnded().hasPassed("EndEvent_ProbationCancelled");
    assertThat(records.findApplicant(recordNo).endedReason()).isEqualTo("取消预备党员资格：不具备党员条件");
  }

  @Test
  void extensionOfSixMonthsIsAccepted() {
    Development d = probationaryAtConversionApproval();
    d.complete(
        "Task_ConversionApproval",
        "conversionDecision",
        "EXTEND",
        "extensionMonths",
        6,
        "comment",
        "需继续考察");
    assertThat(records.findApplicant(d.pi.getBusinessKey()).probationEnd())
        .isEqualTo(PROBATION_END.plusMonths(6));
  }

  @Test
  void applicantUnderEighteenOnTheApplicationDayIsRefused() {
    clock.set(LocalDate.of(2025, 1, 6).atTime(9, 0));
    assertRefused(
        () ->
            runtimeService.startProcessInstanceByKey(
                "memberDevelopment", Development.registration("2007-01-04")),
        "递交入党申请书时未满18周岁（细则 第五条）。");
  }

  private Development probationaryAtConversionApproval() {
    Development d = Development.registered(runtimeService, clock);
    d.talk().activist().developmentTarget().politicalReview(true).trainedAndPreReviewed();
    d.publicity(false).admissionMeeting().admissionApproval(true).filedAndSworn();
    d.conversionMeeting(PROBATION_END);
    d.on(PROBATION_END.plusDays(5));
    assertThat(d.pi).isWaitingAt("Task_ConversionApproval");
    return d;
  }

  private Job activistInspectionTimer(Development d) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(d.pi.getId())
        .activityId("BoundaryEvent_ActivistInspectionDue")
        .singleResult();
  }

  private String stage(String recordNo) {
    return records.findApplicant(recordNo).stage();
  }
}
