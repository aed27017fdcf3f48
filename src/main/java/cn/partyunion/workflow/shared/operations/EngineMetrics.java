package cn.partyunion.workflow.shared.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's state as Prometheus gauges at {@code /actuator/prometheus} (administrators only):
 *
 * <ul>
 *   <li>{@code partyunion_engine_jobs{state="executable"|"failed"|"timers"}} — jobs due now, jobs
 *       without retries (an incident each), timers waiting;
 *   <li>{@code partyunion_engine_incidents{process}} — open incidents per process key;
 *   <li>{@code partyunion_engine_open_tasks{process}} and {@code
 *       partyunion_engine_running_instances{process}} — per process key of every deployed model.
 * </ul>
 *
 * The engine is asked once per {@code partyunion.operations.metrics-refresh} (default 10 s) however
 * often the gauges are read: one snapshot of count queries, never a query per scrape and gauge.
 */
@Component
public class EngineMetrics implements MeterBinder {

  private final ProcessEngine engine;
  private final Duration refresh;
  private final Clock clock = Clock.systemUTC();
  private volatile Snapshot snapshot;

  public EngineMetrics(
      ProcessEngine engine, @Value("${partyunion.operations.metrics-refresh}") Duration refresh) {
    this.engine = engine;
    this.refresh = refresh;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "partyunion.engine.jobs", "state", "executable", s -> s.executableJobs);
    gauge(registry, "partyunion.engine.jobs", "state", "failed", s -> s.failedJobs);
    gauge(registry, "partyunion.engine.jobs", "state", "timers", s -> s.timers);
    for (String key : processKeys()) {
      gauge(registry, "partyunion.engine.open.tasks", "process", key, s -> s.count(s.tasks, key));
      gauge(
          registry,
          "partyunion.engine.running.instances",
          "process",
          key,
          s -> s.count(s.instances, key));
      gauge(
          registry, "partyunion.engine.incidents", "process", key, s -> s.count(s.incidents, key));
    }
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String tag,
      String value,
      ToDoubleFunction<Snapshot> reading) {
    Gauge.builder(name, this, metrics -> reading.applyAsDouble(metrics.current()))
        .tag(tag, value)
        .register(registry);
  }

  private java.util.Set<String> processKeys() {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .latestVersion()
        .list()
        .forEach(definition -> keys.add(definition.getKey()));
    return keys;
  }

  private Snapshot current() {
    Snapshot last = snapshot;
    if (last == null || last.takenAt + refresh.toMillis() < clock.millis()) {
      last = take();
      snapshot = last;
    }
    return last;
  }

  private Snapshot take() {
    Snapshot s = new Snapshot(clock.millis());
    var management = engine.getManagementService();
    s.executableJobs = management.createJobQuery().executable().count();
    s.failedJobs = management.createJobQuery().noRetriesLeft().count();
    s.timers = management.createJobQuery().timers().count();
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      String key = definition.getKey();
      s.tasks.put(key, engine.getTaskService().createTaskQuery().processDefinitionKey(key).count());
      s.instances.put(
          key,
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processDefinitionKey(key)
              .count());
      s.incidents.put(
          key,
          engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(key).count());
    }
    return s;
  }

  private static final class Snapshot {
    final long takenAt;
    long executableJobs;
    long failedJobs;
    long timers;
    final Map<String, Long> tasks = new TreeMap<>();
    final Map<String, Long> instances = new TreeMap<>();
    final Map<String, Long> incidents = new TreeMap<>();

    Snapshot(long takenAt) {
      this.takenAt = takenAt;
    }

    double count(Map<String, Long> counts, String key) {
      return counts.getOrDefault(key, 0L);
    }
  }
}
