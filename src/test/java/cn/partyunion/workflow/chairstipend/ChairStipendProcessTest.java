package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.shared.testkit.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.partyunion.workflow.ProcessCoverageTest;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code chairStipend} process end to end, with its timer-started companion {@code
 * chairStipendSchedule} (both held to 100% flow-node and sequence-flow coverage): a whole quarter,
 * a returned list, a missed self-report deadline, the timer start, every eligibility branch, and a
 * second start of the same quarter.
 */
@ProcessCoverageTest
class ChairStipendProcessTest {

  static final String SCHEDULE = "chairStipendSchedule";
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired JdbcTemplate jdbc;
  @Autowired ChairStipendProperties properties;
  @RegisterExtension final TestClock clock = new TestClock();
  private StipendFixture fx;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fx = new StipendFixture(engine, register, quarters);
  }

  @Test
  void aWholeQuarterForASmallRoster() {
    String q = "1991Q1";
    fx.eligible("pt11a", "jytown01", 1200, q); // EXCELLENT 350 × 3
    fx.chair(
        "pt11b",
        "jytown02",
        150,
        false,
        true,
        false,
        true,
        LocalDate.of(1991, 2, 15),
        LocalDate.of(1991, 3, 31)); // PASS 180 × 2 (from February)
    fx.eligible("pt11c", "jytown02", 300, q); // FAIL: nothing
    fx.chair(
        "pt11d",
        "jytown01",
        500,
        true,
        false,
        true,
        true,
        LocalDate.of(1990, 1, 1),
        LocalDate.of(1991, 3, 31)); // public payroll

    ProcessInstance pi = fx.start(q);
    assertThat(pi).isWaitingAt("Task_BuildRoster");
    fx.runJobs(pi.getId());
    assertThat(pi)
        .hasPassed("Task_StartChairInstances", "Task_CheckAssessments")
        .isWaitingAt("Gateway_AwaitChairs");
    assertThat(fx.chairInstance(pi.getId(), "pt11a")).isWaitingAt("Task_SelfReport");
    // the hourly safety net counts again and waits again while chairs are open
    fx.checkNow(pi.getId());
    assertThat(pi).hasPassed("Timer_NextCheck").isWaitingAt("Gateway_AwaitChairs");
    assertThat(fx.tasks(pi.getId(), "Task_SelfReport"))
        .extracting(Task::getAssignee)
        .containsExactly("pt11a", "pt11b", "pt11c");
    assertThat(fx.entry(q, "pt11d").reason()).isEqualTo("属公务（事业）编制，非“非公编制”");

    Task tooShort = fx.chairTask(pi.getId(), "Task_SelfReport", "pt11a");
    assertRefused(
        () ->
            engine
                .getTaskService()
                .complete(
                    tooShort.getId(),
                    Variables.createVariables().putValue("dutiesSummary", "组织活动")),
        "履职述职不少于 20 字（当前 4 字）。");

    for (String chair : List.of("pt11a", "pt11b", "pt11c")) {
      fx.selfReport(pi.getId(), chair);
    }
    assertThat(fx.entry(q, "pt11a").status()).isEqualTo("AWAITING_ASSESSMENT");
    Task assessment = fx.chairTask(pi.getId(), "Task_Assess", "pt11a");
    assertThat(assessment).hasCandidateGroup("jytown01");
    assertRefused(
        () ->
            engine
                .getTaskService()
                .complete(assessment.getId(), Variables.createVariables().putValue("score", 101)),
        "考核得分应为 0–100 的整数。");
    fx.assess(pi.getId(), "pt11a", 95);
    fx.assess(pi.getId(), "pt11b", 80);
    fx.assess(pi.getId(), "pt11c", 50);
    fx.runJobs(pi.getId());

    assertThat(pi).isWaitingAt("Task_ApproveList");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "payableCount")).isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "payableTotal"))
        .isEqualTo(1410.0);
    fx.approve(pi.getId(), true, null);
    assertThat(pi).isWaitingAt("Task_StorePayments");
    fx.runJobs(pi.getId());

    assertThat(pi).isEnded().hasPassed("EndEvent_Paid");
    assertThat(fx.entry(q, "pt11a"))
        .extracting(RosterEntry::grade, RosterEntry::months, RosterEntry::status)
        .containsExactly("EXCELLENT", 3, "PAID");
    assertThat(fx.entry(q, "pt11a").quarterAmount()).isEqualByComparingTo("1050");
    assertThat(fx.entry(q, "pt11b").quarterAmount()).isEqualByComparingTo("360");
    assertThat(fx.entry(q, "pt11c"))
        .extracting(
            RosterEntry::grade, RosterEntry::eligible, RosterEntry::reason, RosterEntry::status)
        .containsExactly("FAIL", false, "季度考核不合格", "FAILED");
    assertThat(quarters.payments(q, null, null))
        .extracting(Payment::chairId, p -> p.quarterAmount().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pt11a", 1050),
            org.assertj.core.groups.Tuple.tuple("pt11b", 360));
    assertThat(quarters.findQuarter(q).status()).isEqualTo("APPROVED");
    assertRefused(() -> fx.start(q), "1991Q1 的津贴发放名单已审批，同一季度不能重复发放。");
  }

  @Test
  void aReturnedListGoesBackToTheTownUnionsAssessment() {
    String q = "1991Q2";
    fx.eligible("pt12a", "jytown03", 80, q);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    fx.selfReport(pi.getId(), "pt12a");
    fx.assess(pi.getId(), "pt12a", 65);
    fx.checkNow(pi.getId());
    assertRefused(() -> fx.approve(pi.getId(), false, " "), "退回时请填写审批意见（退回原因）。");
    fx.approve(pi.getId(), false, "得分偏低，请复核");
    fx.runJobs(pi.getId());

    assertThat(pi).hasPassed("Task_ReturnToTowns").isWaitingAt("Gateway_AwaitChairs");
    assertThat(fx.chairInstance(pi.getId(), "pt12a")).isWaitingAt("Task_Assess");
    assertThat(fx.tasks(pi.getId(), "Task_SelfReport")).isEmpty();
    assertThat(fx.entry(q, "pt12a").status()).isEqualTo("AWAITING_ASSESSMENT");
    fx.assess(pi.getId(), "pt12a", 76);
    fx.runJobs(pi.getId());
    fx.approve(pi.getId(), true, "同意");
    fx.runJobs(pi.getId());
    assertThat(pi).isEnded();
    assertThat(fx.entry(q, "pt12a"))
        .extracting(RosterEntry::grade, RosterEntry::status)
        .containsExactly("PASS", "PAID");
    assertThat(fx.entry(q, "pt12a").quarterAmount()).isEqualByComparingTo("450");
  }

  @Test
  void aMissedSelfReportDeadlineMeansNoStipend() {
    String q = "1991Q3";
    fx.eligible("pt13a", "jytown04", 400, q);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    Task task = fx.chairTask(pi.getId(), "Task_SelfReport", "pt13a");
    Date due = (Date) engine.getRuntimeService().getVariable(pi.getId(), "selfReportDueDate");
    assertThat(task.getDueDate()).isCloseTo(due, 1000); // MySQL keeps whole seconds
    assertThat(due).isInSameDayAs(Date.from(clock.now().toInstant().plusSeconds(15 * 86400)));

    fx.runJobs(pi.getId());
    ProcessInstance chair = fx.chairInstance(pi.getId(), "pt13a");
    assertThat(chair).isWaitingAt("Task_SelfReport");
    clock.set(new Date(due.getTime() + 60_000));
    fx.runJobs(pi.getId());

    assertThat(chair).hasPassed("Task_RecordNoSelfReport", "EndEvent_NoSelfReport").isEnded();
    assertThat(pi).isWaitingAt("Task_ApproveList");
    assertThat(fx.entry(q, "pt13a"))
        .extracting(RosterEntry::eligible, RosterEntry::reason, RosterEntry::status)
        .containsExactly(false, "未按期提交履职述职，本季度不发放津贴", "NO_SELF_REPORT");
    fx.approve(pi.getId(), true, null);
    fx.runJobs(pi.getId());
    assertThat(pi).isEnded();
    assertThat(quarters.payments(q, null, null)).isEmpty();
  }

  @Test
  void theApprovalOpensRightAfterTheLastAssessmentWithNoTimerExecuted() {
    String q = "1991Q4";
    fx.eligible("pt17a", "jytown08", 300, q);
    fx.eligible("pt17b", "jytown08", 60, q);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    for (String chair : List.of("pt17a", "pt17b")) {
      fx.selfReport(pi.getId(), chair);
    }
    fx.assess(pi.getId(), "pt17a", 90);
    fx.runJobs(pi.getId());
    assertThat(pi).isWaitingAt("Gateway_AwaitChairs");

    fx.assess(pi.getId(), "pt17b", 80);
    // the chair's grade job, nothing else: no timer of the quarter runs
    new JobRunner(engine).runDueJobs(fx.chairInstance(pi.getId(), "pt17b").getId());
    assertThat(pi).hasPassed("Event_ChairsDone").isWaitingAt("Task_ApproveList");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("Timer_NextCheck")
                .count())
        .isZero();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
  }

  @Test
  void aRosterLongerThanAPageStartsItsChairsPageByPage() {
    String q = "1990Q4";
    int chairs = 201; // roster-page-size 200: two pages of chair instances, the register 2+ pages
    for (int i = 0; i < chairs; i++) {
      fx.eligible("pt18c%03d".formatted(i), "jytown09", 80, q);
    }
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());

    assertThat(pi).isWaitingAt("Gateway_AwaitChairs");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("Task_StartChairInstances")
                .count())
        .isEqualTo(2);
    assertThat(fx.tasks(pi.getId(), "Task_SelfReport")).hasSize(chairs);
    assertThat(quarters.roster(q, null, null)).filteredOn(RosterEntry::eligible).hasSize(chairs);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM cs_roster WHERE quarter = ? AND process_instance_id IS NULL"
                    + " AND eligible = TRUE",
                Integer.class,
                q))
        .isZero();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
  }

  @Test
  void theTimerStartFiresOnTheFourQuarterDaysAndOpensTheQuarterJustEnded() throws Exception {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(SCHEDULE)
            .latestVersion()
            .singleResult()
            .getId();
    TimerEventDefinition timer =
        engine
            .getRepositoryService()
            .getBpmnModelInstance(definitionId)
            .getModelElementsByType(TimerEventDefinition.class)
            .iterator()
            .next();
    CronTimer cron = CronTimer.parse(timer.getTimeCycle().getTextContent());
    List<LocalDateTime> fires = new ArrayList<>();
    Date from = TestClock.date(LocalDateTime.of(2025, 12, 31, 23, 59));
    for (int i = 0; i < 5; i++) {
      from = cron.getDueDate(from);
      fires.add(TestClock.local(from));
    }
    assertThat(fires)
        .containsExactly(
            LocalDateTime.of(2026, 1, 1, 0, 0),
            LocalDateTime.of(2026, 4, 1, 0, 0),
            LocalDateTime.of(2026, 7, 1, 0, 0),
            LocalDateTime.of(2026, 10, 1, 0, 0),
            LocalDateTime.of(2027, 1, 1, 0, 0));

    fx.eligible("pt14a", "jytown05", 120, "1992Q1");
    Job timerJob =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionId(definitionId)
            .timers()
            .singleResult();
    clock.set(LocalDateTime.of(1992, 4, 1, 0, 0));
    engine.getManagementService().executeJob(timerJob.getId());

    HistoricProcessInstance schedule =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionId(definitionId)
            .finished()
            .variableValueEquals("quarter", "1992Q1")
            .singleResult();
    assertThat(schedule).isNotNull();
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(StipendFixture.KEY)
            .processInstanceBusinessKey("1992Q1")
            .singleResult();
    assertThat(pi).isWaitingAt("Task_BuildRoster");
    fx.runJobs(pi.getId());
    assertThat(fx.chairTask(pi.getId(), "Task_SelfReport", "pt14a")).isAssignedTo("pt14a");
    clock.reset();
    // the next cycle's timer must not become due in this test database: due at the real next date
    Job next =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionId(definitionId)
            .timers()
            .singleResult();
    engine.getManagementService().setJobDuedate(next.getId(), cron.getDueDate(new Date()));
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
    assertThat(quarters.findQuarter("1992Q1").status()).isEqualTo("CANCELLED");
  }

  @Test
  void everyRegisteredChairIsOnTheRosterOrRecordedWithTheReason() {
    String q = "1992Q2";
    LocalDate first = Quarter.parse(q).firstDay();
    LocalDate last = Quarter.parse(q).lastDay();
    fx.chair("pt15ok1", "jytown06", 200, true, false, false, true, first, last);
    fx.chair("pt15ok2", "jytown06", 199, false, true, false, true, first.plusMonths(1), last);
    fx.chair("pt15off", "jytown06", 300, true, false, false, false, first, last);
    fx.chair("pt15left", "jytown06", 300, true, false, false, true, first, last.minusDays(1));
    fx.chair("pt15pub", "jytown06", 300, true, false, true, true, first, last);
    fx.chair("pt15big", "jytown06", 200, false, true, false, true, first, last);
    fx.chair("pt15small", "jytown06", 199, true, false, false, true, first, last);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());

    assertThat(fx.tasks(pi.getId(), "Task_SelfReport"))
        .extracting(Task::getAssignee)
        .containsExactly("pt15ok1", "pt15ok2");
    assertThat(fx.entry(q, "pt15ok2").months()).isEqualTo(2);
    assertThat(fx.entry(q, "pt15off").reason()).isEqualTo("不在岗在职");
    assertThat(fx.entry(q, "pt15left").reason()).isEqualTo("季度末不在任（任职期间未覆盖季度最后一天）");
    assertThat(fx.entry(q, "pt15pub").reason()).isEqualTo("属公务（事业）编制，非“非公编制”");
    assertThat(fx.entry(q, "pt15big").reason()).isEqualTo("会员200人以上但未单独建会");
    assertThat(fx.entry(q, "pt15small").reason()).isEqualTo("会员不足200人且不直属镇（街道）、园区工会");
    assertThat(quarters.roster(q, null, null))
        .allSatisfy(
            e ->
                assertThat(
                        e.eligible()
                            ? e.status().equals("AWAITING_SELF_REPORT")
                            : e.status().equals("INELIGIBLE") && e.reason() != null)
                    .isTrue());
    assertThat(quarters.roster(q, null, null))
        .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM cs_chair", Integer.class));
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
  }

  @Test
  void aSecondStartOfAnOpenQuarterIsRefusedUntilTheFirstIsCancelled() {
    String q = "1992Q3";
    fx.eligible("pt16a", "jytown07", 90, q);
    ProcessInstance first = fx.start(q);
    assertRefused(() -> fx.start(q), "1992Q3 的工会主席津贴考核已在进行中，不能重复发起。");
    assertRefused(() -> fx.start("2999Q1"), "2999Q1 尚未结束（季度最后一天为 2999-03-31），季度结束后才能发起津贴考核。");
    assertRefused(() -> fx.start("1992-3"), "季度格式应为“年份Q季度”，例如 2026Q3。");
    fx.runJobs(first.getId());
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "wrong roster");

    ProcessInstance second = fx.start(q);
    fx.runJobs(second.getId());
    assertThat(fx.tasks(second.getId(), "Task_SelfReport")).hasSize(1);
    assertThat(quarters.roster(q, null, "pt16a")).hasSize(1);
    assertThat(quarters.findQuarter(q).processInstanceId()).isEqualTo(second.getId());
    engine.getRuntimeService().deleteProcessInstance(second.getId(), "test finished");
  }

  /**
   * A quarter of more than a page of chairs is cancelled: its chair instances go to a Camunda batch
   * (one command deleting 10,000 did not end), which deletes every one of them.
   */
  @Test
  void cancellingAQuarterOfMoreThanAPageDeletesItsChairsByABatch() {
    String q = "1986Q3";
    int chairs = properties.rosterPageSize() + 1;
    for (int i = 0; i < chairs; i++) {
      fx.eligible("pt17c%03d".formatted(i), "jytown0" + (1 + i % 9), 90, q);
    }
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    assertThat(fx.tasks(pi.getId(), "Task_SelfReport")).hasSize(chairs);

    List<String> earlier = deletionBatches().stream().map(Batch::getId).toList();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "wrong roster");
    assertThat(quarters.findQuarter(q).status()).isEqualTo("CANCELLED");
    List<Batch> batches =
        deletionBatches().stream().filter(b -> !earlier.contains(b.getId())).toList();
    assertThat(batches).as("one batch for the cancelled quarter").hasSize(1);
    assertThat(batches.get(0).getTotalJobs()).isEqualTo(chairs);
    assertThat(runningChairs(q)).as("left to the batch").isEqualTo(chairs);

    Batch batch = batches.get(0);
    for (List<Job> due = batchJobs(batch); !due.isEmpty(); due = batchJobs(batch)) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    assertThat(runningChairs(q)).isZero();
  }

  private List<Batch> deletionBatches() {
    return engine
        .getManagementService()
        .createBatchQuery()
        .type(Batch.TYPE_PROCESS_INSTANCE_DELETION)
        .list();
  }

  private long runningChairs(String quarter) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
        .processInstanceBusinessKeyLike(quarter + "/%")
        .count();
  }

  /** The batch's seed and deletion jobs (its monitor job aside). */
  private List<Job> batchJobs(Batch batch) {
    List<Job> jobs =
        new ArrayList<>(
            engine
                .getManagementService()
                .createJobQuery()
                .jobDefinitionId(batch.getSeedJobDefinitionId())
                .list());
    jobs.addAll(
        engine
            .getManagementService()
            .createJobQuery()
            .jobDefinitionId(batch.getBatchJobDefinitionId())
            .list());
    return jobs;
  }
}
