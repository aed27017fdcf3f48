package cn.partyunion.workflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Engine commands per second and SQL statements per command of {@code directReport} (four commands
 * per case, {@link DirectReportCases}) beside the raw engine's start → user task → end ({@link
 * RawEngine}, two commands), in the same JVM and run, on 1 and 4 threads. Time per measurement:
 * {@code -Dbenchmark.seconds} (default 20). Targets (issue 12): at most 110 statements per
 * direct-report case, at least 0.7× the raw engine's commands per second.
 */
@WorkflowSpringTest
@Tag("benchmark")
class EngineThroughputBenchmarkTest {

  private static final String SECTION = "engine";
  private static final int COUNTED_CASES = 20;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment environment;

  @Test
  void directReportCommandsBesideTheRawEngine() {
    double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "20"));
    DirectReportCases cases = new DirectReportCases(engine, jdbc);
    try (RawEngine raw = RawEngine.start(environment, jdbc)) {
      Throughput.perSecond(raw::cycle, 1, Math.min(5, seconds / 2));
      Throughput.perSecond(cases::runCase, 1, Math.min(5, seconds / 2));

      StatementCounter.start();
      StatementCounter.pause();
      for (int i = 0; i < COUNTED_CASES; i++) {
        raw.countedCycle();
      }
      double rawPerCycle = StatementCounter.total() / (double) COUNTED_CASES;
      StatementCounter.start();
      StatementCounter.pause();
      cases.countCommandsOnly(true);
      for (int i = 0; i < COUNTED_CASES; i++) {
        cases.runCase();
      }
      cases.countCommandsOnly(false);
      double perCase = StatementCounter.total() / (double) COUNTED_CASES;
      Map<String, Long> byTable = StatementCounter.byTable();
      BenchmarkTable.attach("statements-directReport.txt", StatementCounter.listing());
      StatementCounter.stop();

      BenchmarkTable.add(
          SECTION,
          "SQL statements per direct-report case (start + 3 reviews)",
          "%.1f".formatted(perCase),
          "%.1f per raw start → task → end".formatted(rawPerCycle),
          "≤ 110: " + (perCase <= 110 ? "met" : "NOT met"));
      BenchmarkTable.add(
          SECTION,
          "SQL statements per command",
          "%.1f".formatted(perCase / DirectReportCases.COMMANDS),
          "%.1f".formatted(rawPerCycle / 2),
          "");
      BenchmarkTable.note(
          "direct-report statements per case by kind: "
              + byTable.entrySet().stream()
                  .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                  .limit(12)
                  .map(e -> "%s %.1f".formatted(e.getKey(), e.getValue() / (double) COUNTED_CASES))
                  .collect(Collectors.joining(", ")));

      for (int threads : new int[] {1, 4}) {
        double rawRate = Throughput.perSecond(raw::cycle, threads, seconds) * 2;
        double rate =
            Throughput.perSecond(cases::runCase, threads, seconds) * DirectReportCases.COMMANDS;
        double ratio = rate / rawRate;
        BenchmarkTable.add(
            SECTION,
            "commands/s, %d thread%s".formatted(threads, threads == 1 ? "" : "s"),
            "%.0f (%.2f×)".formatted(rate, ratio),
            "%.0f".formatted(rawRate),
            "≥ 0.7×: " + (ratio >= 0.7 ? "met" : "NOT met"));
        assertThat(rate).as("direct-report commands per second").isPositive();
      }
    }
    assertThat(
            engine.getTaskService().createTaskQuery().processDefinitionKey("directReport").count())
        .isPositive();
  }
}
