package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The traffic lights of {@code GET /api/direct-report/supervision} and {@code …/supervision/tasks}
 * at their boundaries (review due 10 days): green up to the due date itself, yellow after it and up
 * to one more period, red after that — yellow never counts a red one — and a finished review leaves
 * the supervision.
 */
@WorkflowSpringTest
class DirectReportSupervisionTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  @RegisterExtension final TestClock clock = new TestClock();

  @Test
  void yellowAfterTheDueDateRedAfterAnotherPeriodAndYellowExcludesRed() {
    TestUnits units = TestUnits.create(jdbc);
    LocalDateTime t0 = LocalDateTime.of(2026, 4, 1, 10, 0);
    clock.set(t0);
    ProcessInstance early = nominate(units);
    clock.set(t0.plusDays(5));
    ProcessInstance late = nominate(units);
    LocalDateTime due = t0.plusDays(10);

    clock.set(due);
    assertThat(lights(units))
        .containsEntry("open", 2L)
        .containsEntry("yellow", 0L)
        .containsEntry("red", 0L);
    assertThat(overdue(units, "").size()).isZero();

    clock.set(due.plusMinutes(1));
    assertThat(lights(units)).containsEntry("yellow", 1L).containsEntry("red", 0L);
    JsonNode yellow = overdue(units, "&light=YELLOW");
    assertThat(yellow).hasSize(1);
    assertThat(yellow.get(0).get("overdueFlag").asText()).isEqualTo("YELLOW");
    assertThat(yellow.get(0).get("currentStep").asText()).isEqualTo("特约培养联系人谈话审核");
    assertThat(yellow.get(0).get("taskId").asText()).isNotBlank();
    assertThat(yellow.get(0).get("enterpriseName").asText()).isEqualTo(units.enterpriseName());

    // exactly one more period after the early case's due date: still yellow (the late one, too)
    clock.set(due.plusDays(10));
    assertThat(lights(units)).containsEntry("yellow", 2L).containsEntry("red", 0L);

    clock.set(due.plusDays(10).plusMinutes(1));
    assertThat(lights(units)).containsEntry("yellow", 1L).containsEntry("red", 1L);
    assertThat(overdue(units, "&light=YELLOW")).hasSize(1);
    JsonNode red = overdue(units, "&light=RED");
    assertThat(red).hasSize(1);
    assertThat(red.get(0).get("recordNo").asText())
        .isEqualTo(runtimeService.getVariable(early.getId(), "recordNo"));
    assertThat(red.get(0).get("daysOverdue").asLong()).isEqualTo(10);
    JsonNode both = overdue(units, "");
    assertThat(both).hasSize(2);
    assertThat(both.get(0).get("overdueFlag").asText()).as("oldest due first").isEqualTo("RED");

    // the liaison reviews the late case: it leaves the lights, the park's review enters green
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(late.getId()).singleResult().getId(),
        Map.of("decision", "APPROVE"));
    assertThat(lights(units))
        .containsEntry("open", 2L)
        .containsEntry("yellow", 0L)
        .containsEntry("red", 1L);
  }

  private Map<String, Long> lights(TestUnits units) {
    HttpApi.Response response =
        new HttpApi(port, "").call("GET", "orgdept01", "/api/direct-report/supervision", null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, Long> found = new HashMap<>();
    for (JsonNode row : response.json()) {
      if (row.get("enterpriseCode").asText().equals(units.enterprise())) {
        assertThat(row.get("parkCode").asText()).isEqualTo(units.park());
        found.put("open", row.get("open").asLong());
        found.put("yellow", row.get("yellow").asLong());
        found.put("red", row.get("red").asLong());
      }
    }
    return found;
  }

  private JsonNode overdue(TestUnits units, String light) {
    HttpApi.Response response =
        new HttpApi(port, "")
            .call(
                "GET",
                "orgdept01",
                "/api/direct-report/supervision/tasks?enterprise=" + units.enterprise() + light,
                null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private ProcessInstance nominate(TestUnits units) {
    Map<String, Object> v = new HashMap<>(Nominations.valid());
    v.put("enterpriseCode", units.enterprise());
    return runtimeService.startProcessInstanceByKey("directReport", v);
  }
}
