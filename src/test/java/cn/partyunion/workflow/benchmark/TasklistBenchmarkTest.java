package cn.partyunion.workflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.identity.ProcessAccess;
import cn.partyunion.workflow.shared.testkit.AsUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's two calls per filter — the page (the first 15 tasks in the filter's order, {@code
 * FilterService#listPage}, what {@code POST /filter/{id}/list} runs) and the count ({@code
 * FilterService#count}, what the filter list's {@code itemCount} runs) — for every filter a user of
 * each role reads (one demo member per role group of every process's access record, as that user
 * with groups and tenants), at {@code benchmark.tasklist.sizes} open tasks (default {@code
 * 20000,50000}; {@code 20000,50000,100000} for issue 12's table). Baseline in the same run and
 * database: the engine's own task page by due date and count over all open tasks without
 * authorization. The open tasks are direct-report cases: {@code benchmark.tasklist.templates}
 * (default 300) started and worked through the engine, a third each waiting for the liaison, the
 * park and the organization department, then copied ({@link OpenTaskCopies}). Target (issue 12):
 * p95 ≤ 30 ms for every filter; the run fails only above 200 ms (the earlier bound).
 */
@WorkflowSpringTest
@Tag("benchmark")
class TasklistBenchmarkTest {

  private static final int WARM_UP = 3;
  private static final int ROUNDS = Integer.getInteger("benchmark.tasklist.rounds", 20);
  private static final double TARGET_MS = 30;
  private static final double FAIL_MS = 200;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired List<ProcessAccess> accessRecords;

  @Test
  void everyRolesFiltersAtManyOpenTasks() {
    int[] sizes =
        Arrays.stream(System.getProperty("benchmark.tasklist.sizes", "20000,50000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    int templateCount = Integer.getInteger("benchmark.tasklist.templates", 300);
    IdentityService identity = engine.getIdentityService();
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();

    DirectReportCases cases = new DirectReportCases(engine, jdbc);
    List<String> templates = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < templateCount; i++) {
      String pi = cases.nominate();
      for (int review = 0; review < i % 3; review++) {
        cases.approve(pi);
      }
      templates.add(pi);
    }
    double templateSeconds = (System.nanoTime() - started) / 1e9;
    OpenTaskCopies copies = new OpenTaskCopies(jdbc, templates);

    Map<String, String> roleUsers = roleUsers(identity);
    List<String> slowest = new ArrayList<>();
    double worst = 0;
    for (int size : sizes) {
      started = System.nanoTime();
      long open = copies.fillTo(size);
      double fillSeconds = (System.nanoTime() - started) / 1e9;
      String section = "tasklist %dk".formatted(size / 1000);
      double[] basePage =
          measure(() -> tasks.createTaskQuery().orderByDueDate().asc().listPage(0, 15));
      double[] baseCount = measure(() -> tasks.createTaskQuery().count());
      String baseline =
          "%s / %s".formatted(BenchmarkTable.ms(basePage[1]), BenchmarkTable.ms(baseCount[1]));
      BenchmarkTable.note(
          ("%s: %d open tasks (copied in %.1f s); baseline = the engine's task page by due date"
                  + " and count over all open tasks without authorization")
              .formatted(section, open, fillSeconds));
      AsUser orgdept = AsUser.of(identity, "orgdept01");
      double[] formerPage =
          measure(
              () ->
                  orgdept.run(
                      () ->
                          tasks
                              .createTaskQuery()
                              .processDefinitionKey("directReport")
                              .orderByDueDate()
                              .asc()
                              .orderByTaskCreateTime()
                              .asc()
                              .listPage(0, 15)));
      double[] formerCount =
          measure(
              () ->
                  orgdept.run(
                      () -> tasks.createTaskQuery().processDefinitionKey("directReport").count()));
      BenchmarkTable.add(
          section,
          "orgdept01: the retired 「直报全部待办」 (every visible direct-report task by due date), for"
              + " comparison",
          "%s / %s".formatted(BenchmarkTable.ms(formerPage[1]), BenchmarkTable.ms(formerCount[1])),
          baseline,
          "retired (issue 12)");
      for (Map.Entry<String, String> role : roleUsers.entrySet()) {
        AsUser user = AsUser.of(identity, role.getValue());
        List<Filter> visible =
            user.call(
                () ->
                    filters.createFilterQuery().filterResourceType("Task").list().stream()
                        .sorted(Comparator.comparing(Filter::getName))
                        .toList());
        for (Filter filter : visible) {
          double[] page = measure(() -> user.run(() -> filters.listPage(filter.getId(), 0, 15)));
          double[] count = measure(() -> user.run(() -> filters.count(filter.getId())));
          long items = user.call(() -> filters.count(filter.getId()));
          double p95 = Math.max(page[1], count[1]);
          BenchmarkTable.add(
              section,
              "%s (%s) 「%s」 page / count p95 (%d tasks)"
                  .formatted(role.getValue(), role.getKey(), filter.getName(), items),
              "%s / %s".formatted(BenchmarkTable.ms(page[1]), BenchmarkTable.ms(count[1])),
              baseline,
              "≤ 30 ms: " + (p95 <= TARGET_MS ? "met" : "NOT met"));
          if (p95 > worst) {
            worst = p95;
          }
          if (p95 > FAIL_MS) {
            slowest.add(
                "%s %s 「%s」 %.0f ms".formatted(section, role.getValue(), filter.getName(), p95));
          }
        }
      }
    }
    BenchmarkTable.note(
        "tasklist: %d template cases started and reviewed through the engine in %.1f s, the other open tasks are copies of their runtime rows (OpenTaskCopies); %d rounds after %d warm-up per query; the slowest filter p95 %.1f ms"
            .formatted(templateCount, templateSeconds, ROUNDS, WARM_UP, worst));
    assertThat(slowest).as("filters slower than %.0f ms p95", FAIL_MS).isEmpty();
  }

  /**
   * One member of each role group of every access record (the first by id), keyed by group; groups
   * without a member are left out.
   */
  private Map<String, String> roleUsers(IdentityService identity) {
    Map<String, String> users = new LinkedHashMap<>();
    accessRecords.stream()
        .sorted(Comparator.comparingInt(ProcessAccess::order))
        .flatMap(a -> a.roles().stream())
        .forEach(
            role -> {
              List<User> members =
                  identity
                      .createUserQuery()
                      .memberOfGroup(role.groupId())
                      .orderByUserId()
                      .asc()
                      .listPage(0, 1);
              if (!members.isEmpty()) {
                users.putIfAbsent(role.groupId(), members.get(0).getId());
              }
            });
    return users;
  }

  /** p50 and p95 in milliseconds over {@link #ROUNDS} runs after {@link #WARM_UP} warm-up runs. */
  private static double[] measure(Runnable query) {
    return Latency.p50p95(query, WARM_UP, ROUNDS);
  }
}
