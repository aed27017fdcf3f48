package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * the supervision. The member-development steps with a statutory limit (talk within one month,
 * approvals within three months) count by the same rule in the same rows, and show in the Tasklist
 * filters 发展党员已逾期（黄灯）/（红灯）.
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

  /**
   * Talk due one month after the application (end of that day), red one more month later: the case
   * applied on 03-01 is due 04-02 00:00 and red after 05-02 00:00, the one applied on 03-29 due
   * 04-30 00:00 and red after 05-30 00:00.
   */
  @Test
  void memberDevelopmentTalksCountYellowAndRedForTheOrganizationDepartment() {
    TestUnits units = TestUnits.create(jdbc);
    clock.set(LocalDateTime.of(2026, 4, 1, 10, 0));
    ProcessInstance early = register(units.branch(), "2026-03-01");
    ProcessInstance late = register(units.branch(), "2026-03-29");
    assertThat(developmentLights("orgdept01", units.enterprise()))
        .containsEntry("open", 2L)
        .containsEntry("yellow", 0L)
        .containsEntry("red", 0L)
        .containsEntry("oldestDueDate", "2026-04-02T00:00:00");

    clock.set(LocalDateTime.of(2026, 4, 30, 0, 0));
    assertThat(developmentLights("orgdept01", units.enterprise()))
        .as("due 04-30 00:00 itself is not overdue yet")
        .containsEntry("yellow", 1L)
        .containsEntry("red", 0L);

    clock.set(LocalDateTime.of(2026, 5, 10, 9, 0));
    assertThat(developmentLights("orgdept01", units.enterprise()))
        .as("03-01 past one more month: red; 03-29 past its due date: yellow")
        .containsEntry("open", 2L)
        .containsEntry("yellow", 1L)
        .containsEntry("red", 1L);
    // the direct-report columns of a row without review tasks stay empty
    Map<String, Long> review = lights(units);
    assertThat(review).containsEntry("open", 0L).containsEntry("red", 0L);

    // another park's committee sees no row of this enterprise
    assertThat(developmentLights("park01", units.enterprise())).isEmpty();

    // the talk held: the case leaves the lights
    taskService.complete(
        talkOf(early),
        Map.of("talkDate", "2026-05-10", "talker", "李红", "talkRecord", "了解入党动机，对党的认识较为端正。"));
    assertThat(developmentLights("orgdept01", units.enterprise()))
        .containsEntry("open", 1L)
        .containsEntry("yellow", 1L)
        .containsEntry("red", 0L);
  }

  /**
   * park01 counts the talks of its own ent01 (branch01) and sees rows of park01 only; Tasklist's
   * 发展党员已逾期（黄灯） lists both overdue talks, （红灯） the red one only; park02 sees neither.
   */
  @Test
  void aParkCountsItsOwnEnterprisesMemberDevelopmentStepsAndTheFiltersShowTheLights() {
    clock.set(LocalDateTime.of(2026, 5, 10, 9, 0));
    Map<String, Object> before = developmentLights("park01", "ent01");
    ProcessInstance red = register("branch01", "2026-03-01");
    ProcessInstance yellow = register("branch01", "2026-03-29");
    assertThat(developmentLights("park01", "ent01"))
        .containsEntry("red", (Long) before.getOrDefault("red", 0L) + 1)
        .containsEntry("yellow", (Long) before.getOrDefault("yellow", 0L) + 1);
    HttpApi.Response response =
        new HttpApi(port, "").call("GET", "park01", "/api/direct-report/supervision", null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json())
        .allSatisfy(r -> assertThat(r.get("parkCode").asText()).isEqualTo("park01"));
    assertThat(developmentLights("park02", "ent01")).isEmpty();

    for (String user : List.of("orgdept01", "park01")) {
      assertThat(filterTaskIds(user, "发展党员已逾期（黄灯）")).contains(talkOf(red), talkOf(yellow));
      assertThat(filterTaskIds(user, "发展党员已逾期（红灯）"))
          .contains(talkOf(red))
          .doesNotContain(talkOf(yellow));
    }
    assertThat(filterTaskIds("park02", "发展党员已逾期（黄灯）")).doesNotContain(talkOf(red), talkOf(yellow));
    assertThat(filterTaskIds("orgdept01", "发展党员已逾期")).as("the old filter is gone").isEmpty();
  }

  /** The member-development counts of {@code enterprise}'s row as {@code user} sees them. */
  private Map<String, Object> developmentLights(String user, String enterprise) {
    HttpApi.Response response =
        new HttpApi(port, "").call("GET", user, "/api/direct-report/supervision", null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, Object> found = new HashMap<>();
    for (JsonNode row : response.json()) {
      if (row.get("enterpriseCode").asText().equals(enterprise)) {
        found.put("open", row.get("memberDevelopmentOpen").asLong());
        found.put("yellow", row.get("memberDevelopmentYellow").asLong());
        found.put("red", row.get("memberDevelopmentRed").asLong());
        found.put("oldestDueDate", row.get("memberDevelopmentOldestDueDate").asText());
      }
    }
    return found;
  }

  /** The ids of the tasks Tasklist's filter {@code name} lists for {@code user}. */
  private List<String> filterTaskIds(String user, String name) {
    HttpApi http = new HttpApi(port, "");
    HttpApi.Response filters =
        http.call(
            "GET",
            user,
            "/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
            null);
    assertThat(filters.status()).as(filters.body()).isEqualTo(200);
    if (filters.json().isEmpty()) {
      return List.of();
    }
    HttpApi.Response tasks =
        http.call(
            "GET",
            user,
            "/engine-rest/filter/"
                + filters.json().get(0).get("id").asText()
                + "/list?maxResults=10000",
            null);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    tasks.json().forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private String talkOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** A member-development applicant of {@code branch}, waiting for the talk (no user: engine). */
  private ProcessInstance register(String branch, String applicationDate) {
    return runtimeService.startProcessInstanceByKey(
        "memberDevelopment",
        Map.of(
            "branchCode",
            branch,
            "candidateName",
            "陈晓东",
            "gender",
            "MALE",
            "birthDate",
            "1998-05-01",
            "applicationDate",
            applicationDate));
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
