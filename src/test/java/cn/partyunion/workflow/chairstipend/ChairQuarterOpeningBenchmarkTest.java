package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.benchmark.BenchmarkTable;
import cn.partyunion.workflow.benchmark.RawEngine;
import cn.partyunion.workflow.benchmark.StatementCounter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a quarter of each of {@code benchmark.chairs} chairs (default {@code 2000,10000}) with
 * the job executor running as in production: from the start until every eligible chair's
 * self-report task exists, roster and chair instances in pages of {@code roster-page-size}. Adds
 * the seconds, the statements per chair and the peak heap to the benchmark table beside the raw
 * engine ({@link RawEngine}) starting as many start → user task → end instances, one per command on
 * one thread, in the same run. Issue 12's target: 10,000 chairs in ≤ 30 s on MariaDB with a 512 MB
 * heap (the benchmark profile's {@code tests.max-heap}). Each size opens a quarter of its own,
 * counted on from {@code benchmark.quarter} (default 1989Q1; a fresh one per database).
 */
@WorkflowSpringTest
@Tag("benchmark")
class ChairQuarterOpeningBenchmarkTest {

  private static final Logger LOG = LoggerFactory.getLogger(ChairQuarterOpeningBenchmarkTest.class);
  private static final String SECTION = "quarter";
  private static final long TIMEOUT_MILLIS = 900_000;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired JdbcTemplate jdbc;
  @Autowired ChairStipendProperties properties;
  @Autowired Environment environment;

  @Test
  void everyEligibleChairHasItsSelfReportTask() throws InterruptedException {
    int[] sizes = sizes();
    Quarter quarter = Quarter.parse(System.getProperty("benchmark.quarter", "1989Q1"));
    for (int chairs : sizes) {
      open(quarter, chairs);
      quarter = Quarter.of(quarter.lastDay().plusDays(1));
    }
  }

  private void open(Quarter quarter, int count) throws InterruptedException {
    StipendFixture fx = new StipendFixture(engine, register, quarters);
    String q = quarter.toString();
    String prefix = "open" + q.substring(2) + "c";
    List<Chair> chairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
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
    double rawSeconds = rawEngineSeconds(count);

    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    StatementCounter.start();
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
      } while (tasks < count && System.currentTimeMillis() < deadline);
    } finally {
      executor.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // the polling's own count queries are in the total too: about one per 250 ms
    double statementsPerChair = StatementCounter.total() / (double) count;
    if (count == Arrays.stream(sizes()).max().orElseThrow()) {
      BenchmarkTable.attach("statements-quarter.txt", StatementCounter.listing());
    }
    StatementCounter.stop();
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    long maxHeap = Runtime.getRuntime().maxMemory();
    LOG.info(
        "quarter opening: {} chairs, {} self-report tasks in {} s ({} chairs/s), pages of {},"
            + " peak heap {} MB of max {} MB",
        count,
        tasks,
        "%.1f".formatted(seconds),
        "%.0f".formatted(tasks / seconds),
        properties.rosterPageSize(),
        peakHeap >> 20,
        maxHeap >> 20);
    BenchmarkTable.add(
        SECTION,
        "%,d chairs opened (every self-report task exists), pages of %d"
            .formatted(count, properties.rosterPageSize()),
        "%.1f s (%.0f chairs/s)".formatted(seconds, tasks / seconds),
        "%.1f s raw engine, %,d start → task".formatted(rawSeconds, count),
        count >= 10_000 ? "≤ 30 s: " + (seconds <= 30 ? "met" : "NOT met") : "linear");
    BenchmarkTable.add(
        SECTION,
        "%,d chairs: SQL statements per chair, peak heap".formatted(count),
        "%.1f, %d MB of max %d MB".formatted(statementsPerChair, peakHeap >> 20, maxHeap >> 20),
        "",
        count >= 10_000
            ? "heap ≤ 512 MB: " + (maxHeap <= 512L << 20 && tasks == count ? "met" : "NOT met")
            : "");
    assertThat(tasks).isEqualTo(count);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM cs_roster WHERE quarter = ? AND chair_id LIKE ?",
                Integer.class,
                q,
                prefix + "%"))
        .isEqualTo(count);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "benchmark finished");
  }

  private static int[] sizes() {
    return Arrays.stream(System.getProperty("benchmark.chairs", "2000,10000").split(","))
        .map(String::strip)
        .mapToInt(Integer::parseInt)
        .toArray();
  }

  /** Seconds the raw engine takes to start {@code count} start → task instances on one thread. */
  private double rawEngineSeconds(int count) {
    try (RawEngine raw = RawEngine.start(environment, jdbc)) {
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        raw.startOne();
      }
      return (System.nanoTime() - started) / 1e9;
    }
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
