package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.partyunion.workflow.ProcessCoverageTest;
import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import cn.partyunion.workflow.shared.testkit.AsUser;
import cn.partyunion.workflow.shared.testkit.TestClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code directReport} (DOMAIN §1): approval, return and resubmission at each level,
 * rejection at each level, the half-yearly inspection loop, "mature" refused before and accepted
 * after the minimum cultivation time, the member-development stages, withdrawal and the overdue
 * flags. The {@code MATURE} decision hands the case to {@code memberDevelopment}, so the two path
 * classes form one coverage class: {@code MemberDevelopmentProcessTest} extends this one and holds
 * both processes to 100% flow-node and sequence-flow coverage.
 */
@ProcessCoverageTest
public abstract class DirectReportProcessTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CandidateMapper candidates;
  @Autowired CandidateQueryService queries;
  @RegisterExtension protected final TestClock clock = new TestClock();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void straightApprovalEntersTheInformationDatabaseAndStartsDualManagement() {
    ProcessInstance pi = nominate();
    assertThat(pi).isWaitingAt("Task_LiaisonReview").task().isAssignedTo("liaison01");
    String recordNo = recordNo(pi);
    assertThat(pi).hasBusinessKey(recordNo);
    assertThat(status(recordNo)).isEqualTo("UNDER_REVIEW");

    approve(pi, "Task_LiaisonReview");
    assertThat(pi).isWaitingAt("Task_ParkReview").task().hasCandidateGroup("park01");
    approve(pi, "Task_ParkReview");
    assertThat(pi).isWaitingAt("Task_OrgDeptApproval").task().hasCandidateGroup("orgdept");
    approve(pi, "Task_OrgDeptApproval");

    assertThat(status(recordNo)).isEqualTo("IN_DATABASE");
    assertThat(candidates.findByRecordNo(recordNo).approvedAt()).isNotNull();
    assertThat(pi).isWaitingAt("Task_NameMentor", "Task_NameInspector");
    assertThat(task("Task_NameMentor", pi)).hasCandidateGroup("ent01");
    assertThat(task("Task_NameInspector", pi)).hasCandidateGroup("park01");
    namePairing(pi);
    assertThat(pi).isWaitingAt("TimerEvent_InspectionDue");
    assertThat(candidates.findSteps(recordNo))
        .extracting(TimelineEntry::step)
        .containsExactly(
            "NOMINATION",
            "LIAISON_REVIEW",
            "PARK_REVIEW",
            "ORGDEPT_APPROVAL",
            "MENTOR_NAMED",
            "INSPECTOR_NAMED");
  }

  @ParameterizedTest(name = "returned at {0}")
  @CsvSource({"Task_LiaisonReview, 0", "Task_ParkReview, 1", "Task_OrgDeptApproval, 2"})
  void returnsToEnterpriseAndResubmissionStartsTheReviewAgain(String level, int approvals) {
    Map<String, Object> nomination = Nominations.valid();
    ProcessInstance pi = nominate(nomination);
    String recordNo = recordNo(pi);
    List<String> chain = List.of("Task_LiaisonReview", "Task_ParkReview", "Task_OrgDeptApproval");
    for (int i = 0; i < approvals; i++) {
      approve(pi, chain.get(i));
    }
    complete(task(level, pi), withVariables("decision", "RETURN", "comment", "请补充获奖情况"));

    assertThat(pi).isWaitingAt("Task_ResubmitNomination").task().hasCandidateGroup("ent01");
    assertThat(status(recordNo)).isEqualTo("RETURNED");
    assertThat(runtimeService.getVariable(pi.getId(), "returnReason").toString())
        .endsWith("请补充获奖情况");
    String maskedId = (String) runtimeService.getVariable(pi.getId(), "idNumber");

    Map<String, Object> corrected = new java.util.HashMap<>(nomination);
    corrected.put("idNumber", maskedId); // unchanged: the masked value keeps the stored number
    corrected.put("honors", "南通市技术能手、五一劳动奖章");
    complete(task("Task_ResubmitNomination", pi), corrected);

    assertThat(pi).isWaitingAt("Task_LiaisonReview");
    assertThat(status(recordNo)).isEqualTo("UNDER_REVIEW");
    assertThat(candidates.findSteps(recordNo))
        .extracting(TimelineEntry::step)
        .endsWith("RESUBMISSION");
  }

  @ParameterizedTest(name = "rejected at {0}")
  @CsvSource({
    "Task_LiaisonReview, 0, EndEvent_RejectedByLiaison",
    "Task_ParkReview, 1, EndEvent_RejectedByPark",
    "Task_OrgDeptApproval, 2, EndEvent_RejectedByOrgDept"
  })
  void rejectionEndsTheCaseWithTheReasonAndFreesTheIdNumber(
      String level, int approvals, String end) {
    Map<String, Object> nomination = Nominations.valid();
    ProcessInstance pi = nominate(nomination);
    String recordNo = recordNo(pi);
    List<String> chain = List.of("Task_LiaisonReview", "Task_ParkReview", "Task_OrgDeptApproval");
    for (int i = 0; i < approvals; i++) {
      approve(pi, chain.get(i));
    }
    complete(task(level, pi), withVariables("decision", "REJECT", "comment", "暂不符合条件"));

    assertThat(pi).isEnded().hasPassed(end);
    assertThat(status(recordNo)).isEqualTo("REJECTED");
    // the same worker may be nominated again once the case is closed
    ProcessInstance again = nominate(nomination);
    assertThat(again).isWaitingAt("Task_LiaisonReview");
  }

  @Test
  void inspectionLoopRunsEveryHalfYearUntilTheCandidateIsMatureAndIsHandedOver() {
    LocalDateTime start = LocalDateTime.of(2026, 1, 5, 9, 0);
    clock.set(start);
    ProcessInstance pi = approvedAndPaired();
    String recordNo = recordNo(pi);

    LocalDateTime waitingSince = start;
    for (int period = 1; period <= 3; period++) {
      Date due = job(pi).getDuedate();
      assertThat(TestClock.local(due)).isEqualTo(waitingSince.plusMonths(6));
      waitingSince = waitingSince.plusMonths(6).plusDays(1);
      clock.set(waitingSince);
      execute(job(pi));
      assertThat(pi)
          .isWaitingAt("Task_RecordInspection")
          .task()
          .hasCandidateGroup("park01")
          .hasCandidateGroup("ent01");
      recordInspection(pi);
      assertThat(pi).isWaitingAt("Task_MaturityDecision");
      if (period == 1) {
        // six months in the database: too early to mark mature
        assertThatThrownBy(
                () ->
                    complete(
                        task(pi), withVariables("maturityDecision", "MATURE", "comment", "表现突出")))
            .isInstanceOf(FormValidationException.class)
            .hasMessageContaining("未满12个月");
        assertThat(pi).isWaitingAt("Task_MaturityDecision");
      }
      if (period < 3) {
        complete(task(pi), withVariables("maturityDecision", "CONTINUE"));
        assertThat(pi).isWaitingAt("TimerEvent_InspectionDue");
      }
    }
    assertThat(candidates.countInspections(recordNo)).isEqualTo(3);

    complete(task(pi), withVariables("maturityDecision", "MATURE", "comment", "培养成熟"));
    assertThat(status(recordNo)).isEqualTo("MATURE");
    // the hand-over: memberDevelopment continues under the same business key (DOMAIN §6)
    assertThat(pi).isWaitingAt("CallActivity_MemberDevelopment");
    ProcessInstance development =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("memberDevelopment")
            .processInstanceBusinessKey(recordNo)
            .singleResult();
    assertThat(development).isWaitingAt("Task_ApplicantTalk");
    assertThat(development.getTenantId()).isEqualTo("ent01");
    // the quickest end of member development: a failed political review a year later
    String today = clock.local().toLocalDate().toString();
    complete(
        task(development),
        withVariables("talkDate", today, "talker", "李红", "talkRecord", "了解入党动机，认识端正。"));
    complete(
        task(development),
        withVariables(
            "recommendationMethod",
            "MEMBER_RECOMMENDATION",
            "activistDate",
            today,
            "cultivationContacts",
            "李红"));
    complete(task(development));
    clock.set(clock.local().plusYears(1));
    complete(
        task(development),
        withVariables(
            "developmentTargetDate",
            clock.local().toLocalDate().toString(),
            "introducers",
            "李红、周明"));
    complete(
        task(development), withVariables("politicalReviewPassed", "false", "comment", "政审不合格"));
    assertThat(pi).isEnded().hasPassed("EndEvent_DevelopmentConcluded");
    assertThat(status(recordNo)).isEqualTo("WITHDRAWN");
  }

  @Test
  void organizationDepartmentWithdrawsACandidateAfterAnInspection() {
    ProcessInstance pi = approvedAndPaired();
    String recordNo = recordNo(pi);
    execute(job(pi));
    recordInspection(pi);
    assertThatThrownBy(() -> complete(task(pi), withVariables("maturityDecision", "WITHDRAW")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("研判意见为必填项");
    complete(task(pi), withVariables("maturityDecision", "WITHDRAW", "comment", "本人申请退出"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(status(recordNo)).isEqualTo("WITHDRAWN");
  }

  @Test
  void overdueReviewTurnsYellowAfterTheDueDateAndRedAfterTwiceThePeriod() {
    LocalDateTime start = LocalDateTime.of(2026, 3, 2, 10, 0);
    clock.set(start);
    ProcessInstance pi = nominate();
    String recordNo = recordNo(pi);
    assertThat(TestClock.local(task(pi).getDueDate())).isEqualTo(start.plusDays(10));
    AsUser.of(identityService, "orgdept01", List.of("orgdept"), List.of("ent01"))
        .run(
            () -> {
              assertThat(flag(recordNo)).isEqualTo(OverdueFlag.NONE);
              clock.set(start.plusDays(10).plusHours(1));
              assertThat(flag(recordNo)).isEqualTo(OverdueFlag.YELLOW);
              clock.set(start.plusDays(20).plusHours(1));
              assertThat(flag(recordNo)).isEqualTo(OverdueFlag.RED);
            });
  }

  private OverdueFlag flag(String recordNo) {
    return queries.find(null, "ent01", 0, CandidateQueryService.MAX_PAGE_SIZE).items().stream()
        .filter(c -> c.recordNo().equals(recordNo))
        .findFirst()
        .orElseThrow()
        .overdueFlag();
  }

  private ProcessInstance approvedAndPaired() {
    ProcessInstance pi = nominate();
    approve(pi, "Task_LiaisonReview");
    approve(pi, "Task_ParkReview");
    approve(pi, "Task_OrgDeptApproval");
    namePairing(pi);
    assertThat(pi).isWaitingAt("TimerEvent_InspectionDue");
    return pi;
  }

  private void namePairing(ProcessInstance pi) {
    complete(
        task("Task_NameMentor", pi),
        withVariables("mentorName", "李红", "mentorPhone", "13800001111"));
    complete(
        task("Task_NameInspector", pi),
        withVariables("inspectorName", "周明", "inspectorPhone", "13900002222"));
  }

  private void recordInspection(ProcessInstance pi) {
    complete(
        task("Task_RecordInspection", pi),
        withVariables(
            "inspectionDate",
            clock.now(),
            "conduct",
            "思想积极，拥护党的路线",
            "work",
            "带头攻关，完成技改项目",
            "study",
            "参加党课学习",
            "inspectionOpinion",
            "GOOD"));
  }

  private ProcessInstance nominate() {
    return nominate(Nominations.valid());
  }

  private ProcessInstance nominate(Map<String, Object> nomination) {
    Map<String, Object> variables = new java.util.HashMap<>(nomination);
    variables.put("enterpriseCode", "ent01");
    return runtimeService.startProcessInstanceByKey("directReport", variables);
  }

  private static void approve(ProcessInstance pi, String taskKey) {
    complete(task(taskKey, pi), withVariables("decision", "APPROVE"));
  }

  private String recordNo(ProcessInstance pi) {
    return (String) runtimeService.getVariable(pi.getId(), "recordNo");
  }

  private String status(String recordNo) {
    return candidates.findByRecordNo(recordNo).status();
  }
}
