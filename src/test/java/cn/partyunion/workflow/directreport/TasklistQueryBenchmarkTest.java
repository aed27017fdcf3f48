package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.AsUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of the authorization design (not part of {@code ./mvnw verify}; run with {@code ./mvnw
 * verify -Pbenchmark}, size with {@code -Dbenchmark.tasks=N}, default 20,000): Tasklist's page
 * query (15 rows by due date, plus the count) with as many open direct-report tasks as the size
 * says: a liaison's "我的待办" (assigned to them), and every direct-report task a park committee (its
 * park's 9 enterprises) and the organization department (all 43) may see — the visibility that the
 * tenant check decides. Target: p95 below 200 ms per page query on this 2-core machine.
 */
@WorkflowSpringTest
@Tag("benchmark")
class TasklistQueryBenchmarkTest {

  private static final int ROUNDS = 40;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void tasklistPageQueryStaysFastWithManyOpenTasks() {
    int size = Integer.getInteger("benchmark.tasks", 20_000);
    long open = taskService.createTaskQuery().processDefinitionKey("directReport").count();
    long start = System.nanoTime();
    for (long i = open; i < size; i++) {
      Map<String, Object> variables = new HashMap<>(Nominations.valid());
      variables.put("enterpriseCode", "ent%02d".formatted(1 + i % 43));
      runtimeService.startProcessInstanceByKey("directReport", variables);
    }
    System.out.printf(
        "[benchmark] %d open direct-report tasks (%d started in %.1f s)%n",
        taskService.createTaskQuery().processDefinitionKey("directReport").count(),
        size - open,
        (System.nanoTime() - start) / 1e9);

    for (String user : List.of("liaison01", "park01", "orgdept01")) {
      AsUser asUser = AsUser.of(identityService, user);
      List<String> tenants = asUser.tenants();
      asUser.run(
          () -> {
            Supplier<TaskQuery> query =
                () ->
                    user.startsWith("liaison")
                        ? taskService.createTaskQuery().taskAssignee(user)
                        : taskService.createTaskQuery().processDefinitionKey("directReport");
            Supplier<List<Task>> page = () -> query.get().orderByDueDate().asc().listPage(0, 15);
            Supplier<Long> count = () -> query.get().count();
            double[] pageMs = measure(page::get);
            double[] countMs = measure(count::get);
            System.out.printf(
                "[benchmark] %-9s (%2d tenants) page p50 %6.1f ms p95 %6.1f ms | "
                    + "count p50 %6.1f ms p95 %6.1f ms | %d visible%n",
                user, tenants.size(), pageMs[0], pageMs[1], countMs[0], countMs[1], count.get());
            assertThat(count.get()).as("tasks visible to " + user).isPositive();
            assertThat(pageMs[1]).as("p95 of the page query of " + user).isLessThan(200);
          });
    }
  }

  /** p50 and p95 in milliseconds over {@link #ROUNDS} runs after 5 warm-up runs. */
  private static double[] measure(Runnable query) {
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      query.run();
      times.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(times);
    return new double[] {times.get(ROUNDS / 2), times.get((int) (ROUNDS * 0.95) - 1)};
  }
}
