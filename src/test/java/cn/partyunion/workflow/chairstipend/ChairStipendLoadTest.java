package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quarter of 2,000 chairs runs to the end without a transaction timeout: the roster is built in
 * pages, each chair's path runs in its own jobs and tasks. The elapsed time is logged ("2000-chair
 * quarter …"). A benchmark, not part of {@code ./mvnw verify} (several minutes on a 2-core
 * machine): {@code ./mvnw test -Pbenchmark}.
 */
@WorkflowSpringTest
@Tag("benchmark")
class ChairStipendLoadTest {

  private static final Logger LOG = LoggerFactory.getLogger(ChairStipendLoadTest.class);
  private static final int CHAIRS = 2000;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;

  @Test
  void aQuarterOf2000ChairsRunsToTheEnd() {
    BpmnAwareTests.init(engine);
    StipendFixture fx = new StipendFixture(engine, register, quarters);
    String q = "1995Q1";
    Quarter quarter = Quarter.parse(q);
    List<Chair> chairs = new ArrayList<>();
    for (int i = 0; i < CHAIRS; i++) {
      int members = new int[] {50, 150, 300, 700, 1500}[i % 5];
      chairs.add(
          new Chair(
              "load%04d".formatted(i),
              "主席" + i,
              "江阴负载测试企业" + i,
              "jytown%02d".formatted(i % 19 + 1),
              members,
              members >= 200,
              members < 200,
              false,
              true,
              quarter.firstDay(),
              quarter.lastDay()));
    }
    register.registerAll(chairs);

    long started = System.nanoTime();
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    long rosterDone = System.nanoTime();
    completeAll(pi, "Task_SelfReport", "dutiesSummary", "本季度组织职工参加技能竞赛并开展集体协商，走访慰问困难职工。");
    completeAll(pi, "Task_Assess", "score", 80);
    fx.checkNow(pi.getId());
    fx.approve(pi.getId(), true, null);
    fx.runJobs(pi.getId());
    long finished = System.nanoTime();

    assertThat(pi).isEnded();
    assertThat(quarters.payments(q, null, null))
        .filteredOn(p -> p.chairId().startsWith("load"))
        .hasSize(CHAIRS);
    LOG.info(
        "2000-chair quarter: roster and per-chair jobs {} s, whole quarter {} s",
        (rosterDone - started) / 1_000_000_000.0,
        (finished - started) / 1_000_000_000.0);
  }

  private void completeAll(ProcessInstance pi, String taskKey, String variable, Object value) {
    List<Task> tasks;
    while (!(tasks =
            engine
                .getTaskService()
                .createTaskQuery()
                .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike("1995Q1/%")
                .taskDefinitionKey(taskKey)
                .listPage(0, 500))
        .isEmpty()) {
      tasks.forEach(
          t ->
              engine
                  .getTaskService()
                  .complete(t.getId(), Variables.createVariables().putValue(variable, value)));
    }
  }
}
