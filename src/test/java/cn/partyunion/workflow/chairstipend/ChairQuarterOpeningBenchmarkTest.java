package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a quarter of {@code benchmark.chairs} chairs (default 10,000) with the job executor
 * running as in production: from the start until every eligible chair's self-report task exists,
 * roster and chair instances in pages of {@code roster-page-size}. Logs the seconds, the pages and
 * the peak heap ("quarter opening …"); issue 12's target is 10,000 chairs in ≤ 30 s on MariaDB with
 * a 512 MB heap: {@code ./mvnw test -Pbenchmark -Dtest=ChairQuarterOpeningBenchmarkTest
 * -Dtests.max-heap=512m} (with the README's MySQL environment).
 */
@WorkflowSpringTest
@Tag("benchmark")
class ChairQuarterOpeningBenchmarkTest {

  private static final Logger LOG = LoggerFactory.getLogger(ChairQuarterOpeningBenchmarkTest.class);
  private static final int CHAIRS = Integer.getInteger("benchmark.chairs", 10_000);
  private static final long TIMEOUT_MILLIS = 600_000;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired JdbcTemplate jdbc;
  @Autowired ChairStipendProperties properties;

  @Test
  void everyEligibleChairHasItsSelfReportTask() throws InterruptedException {
    StipendFixture fx = new StipendFixture(engine, register, quarters);
    String q = System.getProperty("benchmark.quarter", "1989Q1"); // a fresh quarter per database
    Quarter quarter = Quarter.parse(q);
    String prefix = "open" + q.substring(2) + "c";
    List<Chair> chairs = new ArrayList<>();
    for (int i = 0; i < CHAIRS; i++) {
      int members = new int[] {50, 150, 300, 700, 1500}[i % 5];
      chairs.add(
          new Chair(
              prefix + "%05d".formatted(i),
              "主席" + i,
              "江阴开启测试企业" + i,
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
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    long started = System.nanoTime();
    executor.start();
    ProcessInstance pi;
    long tasks;
    try {
      pi = fx.start(q);
      long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
      do {
        Thread.sleep(250);
        tasks = selfReportTasks(q);
      } while (tasks < CHAIRS && System.currentTimeMillis() < deadline);
    } finally {
      executor.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    LOG.info(
        "quarter opening: {} chairs, {} self-report tasks in {} s ({} chairs/s), pages of {},"
            + " peak heap {} MB of max {} MB",
        CHAIRS,
        tasks,
        "%.1f".formatted(seconds),
        "%.0f".formatted(tasks / seconds),
        properties.rosterPageSize(),
        peakHeap >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    assertThat(tasks).isEqualTo(CHAIRS);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM cs_roster WHERE quarter = ? AND chair_id LIKE ?",
                Integer.class,
                q,
                prefix + "%"))
        .isEqualTo(CHAIRS);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "benchmark finished");
  }

  private long selfReportTasks(String q) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
        .processInstanceBusinessKeyLike(q + "/%")
        .taskDefinitionKey(ChairStipendChairModel.TASK_SELF_REPORT)
        .count();
  }
}
