package cn.partyunion.workflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowApplication;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cold start of the demo application on H2 (profile {@code demo}, a fresh in-memory database, demo
 * data and history as configured) in a JVM of its own, from the process's launch until {@code GET
 * /engine-rest/engine} answers at all (the demo loading gate's 503 counts), until the engine itself
 * answers (anything but 503; without credentials 401: the demo users are there, the gate open) and
 * until the demo history, loading in the background, is complete (the job executor starts then: its
 * {@value #JOB_EXECUTOR_STARTED} line in the log), beside the raw engine's boot ({@link
 * RawEngineBoot}) in a JVM of its own in the same run. Port {@code benchmark.port} (default 8105).
 * Target (issue 12): ≤ 10 s.
 */
@Tag("benchmark")
class ColdStartBenchmarkTest {

  private static final String SECTION = "cold start";
  private static final Duration LIMIT = Duration.ofMinutes(5);
  static final String JOB_EXECUTOR_STARTED = "ENGINE-14014";

  @Test
  void theDemoApplicationStartsBesideTheRawEngine() throws Exception {
    double raw = rawEngineBoot();
    int port = Integer.getInteger("benchmark.port", 8105);
    Path log = Files.createDirectories(Path.of("target", "benchmark")).resolve("cold-start.log");
    long launched = System.nanoTime();
    Process app =
        java(WorkflowApplication.class.getName(), "--server.port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    double firstAnswer = -1;
    double ready = -1;
    double historyLoaded = -1;
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      HttpRequest engine =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"))
              .timeout(Duration.ofSeconds(5))
              .build();
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (ready < 0 && System.nanoTime() < deadline && app.isAlive()) {
        try {
          int status = http.send(engine, HttpResponse.BodyHandlers.discarding()).statusCode();
          double at = (System.nanoTime() - launched) / 1e9;
          if (firstAnswer < 0) {
            firstAnswer = at;
          }
          if (status != 503) {
            ready = at; // the engine's own answer (401 without credentials): the gate is open
          }
        } catch (IOException notListening) {
          // not yet listening
        }
        Thread.sleep(100);
      }
      while (historyLoaded < 0 && System.nanoTime() < deadline && app.isAlive()) {
        if (Files.readString(log, StandardCharsets.UTF_8).contains(JOB_EXECUTOR_STARTED)) {
          historyLoaded = (System.nanoTime() - launched) / 1e9;
        }
        Thread.sleep(200);
      }
    } finally {
      app.destroy();
      app.waitFor();
    }
    BenchmarkTable.add(
        SECTION,
        "demo app on H2 (fresh database): /engine-rest/engine answers (gate or engine)",
        "%.1f s".formatted(firstAnswer),
        "%.1f s raw engine boot".formatted(raw),
        "≤ 10 s: " + (firstAnswer > 0 && firstAnswer <= 10 ? "met" : "NOT met"));
    BenchmarkTable.add(
        SECTION,
        "demo app on H2: the engine answers (demo users there, gate open)",
        "%.1f s".formatted(ready),
        "%.1f s raw engine boot".formatted(raw),
        "≤ 10 s: " + (ready > 0 && ready <= 10 ? "met" : "NOT met"));
    BenchmarkTable.add(
        SECTION,
        "demo app on H2: demo history complete (loaded in the background, job executor started)",
        "%.1f s".formatted(historyLoaded),
        "%.1f s raw engine boot".formatted(raw),
        "");
    BenchmarkTable.note("cold start: the application's output in target/benchmark/cold-start.log");
    assertThat(ready).as("seconds until the demo application served its engine").isPositive();
  }

  /** Seconds from launching {@link RawEngineBoot} until it printed that it is ready. */
  private static double rawEngineBoot() throws Exception {
    long launched = System.nanoTime();
    Process raw = java(RawEngineBoot.class.getName()).redirectErrorStream(true).start();
    double ready = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(raw.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (ready < 0 && line.contains(RawEngineBoot.READY)) {
          ready = (System.nanoTime() - launched) / 1e9;
        }
      }
    }
    raw.waitFor();
    assertThat(ready).as("the raw engine booted").isPositive();
    return ready;
  }

  /**
   * A JVM running {@code mainClass} on the main and dependency class path of this test run (the
   * test classes only for the raw engine, which lives there), without the benchmark's properties.
   */
  private static ProcessBuilder java(String mainClass, String... args) {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    boolean withTests = mainClass.equals(RawEngineBoot.class.getName());
    String path =
        Arrays.stream(classPath.split(File.pathSeparator))
            .filter(entry -> withTests || !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.timezone=Asia/Shanghai");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(path);
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // the demo app on H2 whatever database this run's tests use
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().remove("DB_URL");
    builder.environment().put("SPRING_PROFILES_ACTIVE", "demo");
    return builder;
  }
}
