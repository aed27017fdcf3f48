package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/direct-report/statistics} over a fixed set of four cases, run through the process
 * in a park and enterprise of their own ({@link TestUnits}) with the clock moved, against counts
 * computed by hand: the funnel, age bands with birthdays exactly on a band's boundary, the month
 * chart's window and the average days of each review step.
 */
@WorkflowSpringTest
class DirectReportStatisticsTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  @RegisterExtension final TestClock clock = new TestClock();
  private final Map<String, Map<String, Object>> nominations = new HashMap<>();

  /** The day the statistics are read. */
  private static final LocalDateTime TODAY = LocalDateTime.of(2027, 6, 15, 10, 0);

  @Test
  void aFixedSetOfCasesGivesTheHandComputedCounts() {
    TestUnits units = TestUnits.create(jdbc);
    LocalDateTime t0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    clock.set(t0);
    // A: 26 exactly on TODAY (boundary of 26-35), approved, mature, activist
    ProcessInstance a = nominate(units, "2001-06-15", "MALE", "大专", "TECHNICAL_EXPERT", "主题党日");
    // B: 25 until tomorrow, returned by the park, resubmitted, waiting for the park
    ProcessInstance b = nominate(units, "2001-06-16", "FEMALE", "本科", "TECHNICAL_EXPERT", "党课");
    // C: 46 exactly on TODAY (first day of 46+), rejected by the liaison
    ProcessInstance c = nominate(units, "1981-06-15", "FEMALE", "本科", "HIGH_LEVEL_TALENT", "主题党日");

    review(a, t0.plusDays(2), "APPROVE"); // liaison 2.0 days
    review(b, t0.plusDays(4), "APPROVE"); // liaison 4.0 days
    review(c, t0.plusDays(3), "REJECT"); // liaison 3.0 days
    review(a, t0.plusDays(5), "APPROVE"); // park 3.0 days (task from day 2)
    review(b, t0.plusDays(5), "RETURN"); // park 1.0 day (task from day 4)
    review(a, t0.plusDays(6), "APPROVE"); // orgdept 1.0 day
    clock.set(t0.plusDays(6));
    complete(b, nominations.get(b.getId()), Map.of()); // resubmission, the same fields
    review(b, t0.plusDays(7), "APPROVE"); // liaison 1.0 day → park review open

    // A: dual management, two inspections, mature after 12 months, then activist
    clock.set(t0.plusDays(6));
    for (Task task : taskService.createTaskQuery().processInstanceId(a.getId()).list()) {
      taskService.complete(
          task.getId(),
          task.getTaskDefinitionKey().equals("Task_NameMentor")
              ? Map.of("mentorName", "李红", "mentorPhone", "13800001111")
              : Map.of("inspectorName", "周明", "inspectorPhone", "13900002222"));
    }
    LocalDateTime approved = t0.plusDays(6);
    inspect(a, approved.plusMonths(6), "CONTINUE");
    inspect(a, approved.plusMonths(12), "MATURE");
    // handed over: the branch talks with the applicant and determines the activist (DOMAIN §6)
    LocalDateTime activist = approved.plusMonths(12).plusDays(2);
    clock.set(activist);
    ProcessInstance development =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("memberDevelopment")
            .processInstanceBusinessKey(a.getBusinessKey())
            .singleResult();
    String day = activist.toLocalDate().toString();
    complete(
        development,
        Map.of("talkDate", day, "talker", "李红", "talkRecord", "了解入党动机，认识端正。"),
        Map.of());
    complete(
        development,
        Map.of(
            "recommendationMethod", "MEMBER_RECOMMENDATION",
            "activistDate", day,
            "cultivationContacts", "李红"),
        Map.of());

    // D: 45 on TODAY (last day of 36-45), nominated within the month window
    clock.set(LocalDateTime.of(2027, 5, 20, 9, 0));
    nominate(units, "1981-06-16", "MALE", "研究生", "BUSINESS_BACKBONE", "企业推荐");

    clock.set(TODAY);
    HttpApi.Response response =
        new HttpApi(port, "")
            .call("GET", "orgdept01", "/api/direct-report/statistics?park=" + units.park(), null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode s = response.json();

    assertThat(counts(s.get("byStage")))
        .containsExactly(
            Map.entry("NOMINATED", 4L),
            Map.entry("IN_DATABASE", 1L),
            Map.entry("MATURE", 1L),
            Map.entry("ACTIVIST", 1L),
            Map.entry("DEVELOPMENT_TARGET", 0L),
            Map.entry("PROBATIONARY", 0L),
            Map.entry("FULL_MEMBER", 0L));
    assertThat(s.get("byStage").get(1).get("label").asText()).isEqualTo("已入库");
    assertThat(counts(s.get("byPark"))).containsExactly(Map.entry(units.park(), 4L));
    assertThat(s.get("byPark").get(0).get("label").asText()).isEqualTo(units.parkName());
    assertThat(counts(s.get("byIndustry"))).containsExactly(Map.entry(TestUnits.INDUSTRY, 4L));
    assertThat(counts(s.get("byEducation")))
        .containsExactly(
            Map.entry("初中及以下", 0L),
            Map.entry("高中/中专/技校", 0L),
            Map.entry("大专", 1L),
            Map.entry("本科", 2L),
            Map.entry("研究生", 1L));
    assertThat(counts(s.get("byGender")))
        .containsExactly(Map.entry("MALE", 2L), Map.entry("FEMALE", 2L));
    assertThat(s.get("byGender").get(0).get("label").asText()).isEqualTo("男");
    assertThat(counts(s.get("byAgeBand")))
        .containsExactly(
            Map.entry("<=25", 1L),
            Map.entry("26-35", 1L),
            Map.entry("36-45", 1L),
            Map.entry("46+", 1L));
    assertThat(s.get("byAgeBand").get(0).get("label").asText()).isEqualTo("25岁及以下");
    assertThat(s.get("byAgeBand").get(3).get("label").asText()).isEqualTo("46岁及以上");
    assertThat(counts(s.get("byTalentCategory")))
        .containsExactly(
            Map.entry("HIGH_LEVEL_TALENT", 1L),
            Map.entry("TECHNICAL_EXPERT", 2L),
            Map.entry("BUSINESS_BACKBONE", 1L));
    assertThat(counts(s.get("byDiscoveryChannel")))
        .containsEntry("主题党日", 2L)
        .containsEntry("党课", 1L)
        .containsEntry("企业推荐", 1L)
        .containsEntry("链上议事会", 0L);

    Map<String, Long> months = new LinkedHashMap<>();
    s.get("perMonth").forEach(m -> months.put(m.get("month").asText(), m.get("count").asLong()));
    assertThat(months).hasSize(12);
    assertThat(months.keySet()).startsWith("2026-07").endsWith("2027-06");
    assertThat(months).containsEntry("2027-05", 1L).containsEntry("2027-06", 0L);
    assertThat(months.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);

    Map<String, Double> days = new LinkedHashMap<>();
    s.get("reviewDays")
        .forEach(d -> days.put(d.get("step").asText(), d.get("averageDays").asDouble()));
    // liaison (2 + 4 + 3 + 1) / 4, park (3 + 1) / 2, orgdept 1
    assertThat(days)
        .containsExactly(
            Map.entry("LIAISON_REVIEW", 2.5),
            Map.entry("PARK_REVIEW", 2.0),
            Map.entry("ORGDEPT_APPROVAL", 1.0));
    assertThat(s.get("reviewDays").get(0).get("label").asText()).isEqualTo("特约培养联系人谈话审核");
  }

  private ProcessInstance nominate(
      TestUnits units,
      String birthDate,
      String gender,
      String education,
      String talent,
      String channel) {
    Map<String, Object> v = new HashMap<>(Nominations.valid());
    LocalDate birth = LocalDate.parse(birthDate);
    v.put("birthDate", birthDate);
    v.put("idNumber", IdNumbers.bornOn(birth));
    v.put("gender", gender);
    v.put("education", education);
    v.put("talentCategory", talent);
    v.put("discoveryChannel", channel);
    Map<String, Object> start = new HashMap<>(v);
    start.put("enterpriseCode", units.enterprise());
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("directReport", start);
    nominations.put(pi.getId(), v);
    return pi;
  }

  private void review(ProcessInstance pi, LocalDateTime at, String decision) {
    clock.set(at);
    Map<String, Object> v = new HashMap<>();
    v.put("decision", decision);
    if (!decision.equals("APPROVE")) {
      v.put("comment", "请补充材料");
    }
    complete(pi, v, Map.of());
  }

  private void inspect(ProcessInstance pi, LocalDateTime due, String maturity) {
    clock.set(due.plusHours(1));
    new JobRunner(engine).execute(pi.getId(), "TimerEvent_InspectionDue");
    complete(
        pi,
        Map.of(
            "inspectionDate",
            due.toLocalDate().toString(),
            "conduct",
            "思想积极",
            "work",
            "完成技改",
            "study",
            "参加党课",
            "inspectionOpinion",
            "GOOD"),
        Map.of());
    complete(pi, Map.of("maturityDecision", maturity, "comment", "研判意见"), Map.of());
  }

  private void complete(ProcessInstance pi, Map<String, Object> v, Map<String, Object> more) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Map<String, Object> all = new HashMap<>(v);
    all.putAll(more);
    taskService.complete(task.getId(), all);
  }

  private static Map<String, Long> counts(JsonNode list) {
    Map<String, Long> counts = new LinkedHashMap<>();
    list.forEach(c -> counts.put(c.get("key").asText(), c.get("count").asLong()));
    return counts;
  }
}
