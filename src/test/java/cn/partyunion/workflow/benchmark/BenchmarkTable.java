package cn.partyunion.workflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The one table a benchmark run prints ({@code ./mvnw verify -Pbenchmark}): every benchmark adds
 * its rows, each figure beside the baseline measured in the same JVM and run and the target; when
 * the test plan has finished, the table is printed and written to {@code
 * target/benchmark/benchmark-table.md} (registered as a JUnit Platform listener in {@code
 * META-INF/services}; a run without benchmarks prints nothing).
 */
public class BenchmarkTable implements TestExecutionListener {

  /** One line: what was measured, the figure, its baseline, the target and whether it is met. */
  public record Row(String section, String what, String figure, String baseline, String target) {}

  private static final List<Row> ROWS = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> NOTES = Collections.synchronizedList(new ArrayList<>());

  /** Adds a row. */
  public static void add(
      String section, String what, String figure, String baseline, String target) {
    ROWS.add(new Row(section, what, figure, baseline, target));
  }

  /** Adds a line printed under the table (environment, sizes, how a figure was made). */
  public static void note(String note) {
    NOTES.add(note);
  }

  /**
   * Writes {@code text} to {@code target/benchmark/<name>} beside the table (e.g. every SQL text a
   * measurement ran, with its count).
   */
  public static void attach(String name, String text) {
    try {
      Path file = Path.of("target", "benchmark", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NOTES.add("every statement counted: target/benchmark/" + name);
  }

  /** Milliseconds with one decimal. */
  public static String ms(double value) {
    return "%.1f ms".formatted(value);
  }

  /** The table as Markdown. */
  public static String markdown() {
    StringBuilder table = new StringBuilder();
    table.append("| section | measured | figure | baseline (same run) | target |\n");
    table.append("|---|---|---:|---:|---|\n");
    synchronized (ROWS) {
      for (Row row : ROWS) {
        table
            .append("| ")
            .append(
                String.join(
                    " | ", row.section(), row.what(), row.figure(), row.baseline(), row.target()))
            .append(" |\n");
      }
    }
    synchronized (NOTES) {
      for (String note : NOTES) {
        table.append("\n- ").append(note);
      }
    }
    return table.append('\n').toString();
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (ROWS.isEmpty()) {
      return;
    }
    String table = markdown();
    System.out.println("\n===== benchmark table =====\n" + table + "===========================");
    try {
      Path file = Path.of("target", "benchmark", "benchmark-table.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
