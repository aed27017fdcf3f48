package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.privacy.PersonalDataCipher;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the direct-report service tasks leave in the application's tables. */
@WorkflowSpringTest
class DirectReportPersistenceTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired CandidateMapper candidates;
  @RegisterExtension final TestClock clock = new TestClock();

  @Test
  void fullPathLeavesCandidateReviewPairingAndInspectionRowsWithTheRightValues() {
    LocalDateTime start = LocalDateTime.of(2026, 2, 2, 9, 30);
    clock.set(start);
    Map<String, Object> nomination = Nominations.valid();
    String idNumber = (String) nomination.get("idNumber");
    ProcessInstance pi = start(nomination);
    String recordNo = (String) runtimeService.getVariable(pi.getId(), "recordNo");
    assertThat(recordNo).matches("ZB2026\\d{6}");
    assertThat(runtimeService.getVariable(pi.getId(), "idNumber"))
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));

    complete(pi, Map.of("decision", "APPROVE"));
    complete(pi, Map.of("decision", "RETURN", "comment", "请补充荣誉"));
    Map<String, Object> corrected = new HashMap<>(nomination);
    corrected.put("honors", "江苏省五一劳动奖章");
    complete(pi, corrected);
    complete(pi, Map.of("decision", "APPROVE"));
    complete(pi, Map.of("decision", "APPROVE"));
    complete(pi, Map.of("decision", "APPROVE", "comment", "同意入库"));
    for (var task : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      taskService.complete(
          task.getId(),
          "Task_NameMentor".equals(task.getTaskDefinitionKey())
              ? Map.of("mentorName", "李红", "mentorPhone", "13800001111")
              : Map.of("inspectorName", "周明", "inspectorPhone", "13900002222"));
    }
    clock.set(start.plusMonths(6).plusDays(2));
    new JobRunner(engine).execute(pi.getId(), "TimerEvent_InspectionDue");
    complete(
        pi,
        Map.of(
            "inspectionDate",
            "2026-08-03",
            "conduct",
            "思想积极",
            "work",
            "完成技改",
            "study",
            "参加党课",
            "inspectionOpinion",
            "FAIR"));

    Map<String, Object> candidate =
        upperCaseKeys(jdbc.queryForMap("SELECT * FROM dr_candidate WHERE record_no = ?", recordNo));
    assertThat(candidate)
        .containsEntry("STATUS", "IN_DATABASE")
        .containsEntry("ENTERPRISE_CODE", "ent01")
        .containsEntry("PARK_CODE", "park01")
        .containsEntry("ID_NUMBER_HASH", cipher.searchHash(idNumber))
        .containsEntry("OPEN_ID_NUMBER_HASH", cipher.searchHash(idNumber))
        .containsEntry("HONORS", "江苏省五一劳动奖章")
        .containsEntry("PROCESS_INSTANCE_ID", pi.getId());
    assertThat(candidate.get("APPROVED_AT")).isNotNull();
    // issue 16: the numbers are stored encrypted, and read back in full through the mapper
    assertThat(candidate).doesNotContainKeys("ID_NUMBER", "OPEN_ID_NUMBER", "PHONE");
    assertThat((String) candidate.get("ID_NUMBER_CIPHER"))
        .startsWith("v1:")
        .doesNotContain(idNumber);
    assertThat(cipher.decrypt((String) candidate.get("ID_NUMBER_CIPHER"))).isEqualTo(idNumber);
    assertThat(cipher.decrypt((String) candidate.get("PHONE_CIPHER"))).isEqualTo("13912345678");
    assertThat(candidates.findRecord(recordNo).idNumber()).isEqualTo(idNumber);
    assertThat(candidates.findRecord(recordNo).phone()).isEqualTo("13912345678");
    List<Map<String, Object>> steps =
        jdbc
            .queryForList(
                "SELECT step, decision, comment "
                    + "FROM dr_review_record WHERE record_no = ? ORDER BY decided_at, id",
                recordNo)
            .stream()
            .map(DirectReportPersistenceTest::upperCaseKeys)
            .toList();
    assertThat(steps)
        .extracting(row -> row.get("STEP"))
        .containsExactly(
            "NOMINATION",
            "LIAISON_REVIEW",
            "PARK_REVIEW",
            "RESUBMISSION",
            "LIAISON_REVIEW",
            "PARK_REVIEW",
            "ORGDEPT_APPROVAL",
            "MENTOR_NAMED",
            "INSPECTOR_NAMED",
            "INSPECTION");
    assertThat(steps.get(2)).containsEntry("DECISION", "RETURN").containsEntry("COMMENT", "请补充荣誉");
    assertThat(
            jdbc
                .queryForList(
                    "SELECT role, person_name, phone_cipher FROM dr_pairing "
                        + "WHERE record_no = ? ORDER BY role",
                    recordNo)
                .stream()
                .map(DirectReportPersistenceTest::upperCaseKeys)
                .map(
                    row ->
                        Map.of(
                            "ROLE", row.get("ROLE"),
                            "PERSON_NAME", row.get("PERSON_NAME"),
                            "PHONE", cipher.decrypt((String) row.get("PHONE_CIPHER"))))
                .toList())
        .containsExactly(
            Map.of("ROLE", "INSPECTOR", "PERSON_NAME", "周明", "PHONE", "13900002222"),
            Map.of("ROLE", "MENTOR", "PERSON_NAME", "李红", "PHONE", "13800001111"));
    assertThat(
            upperCaseKeys(
                jdbc.queryForMap(
                    "SELECT period_no, opinion, conduct "
                        + "FROM dr_inspection WHERE record_no = ?",
                    recordNo)))
        .containsEntry("PERIOD_NO", 1)
        .containsEntry("OPINION", "FAIR")
        .containsEntry("CONDUCT", "思想积极");
  }

  @Test
  void failingStepAfterTheWriteKeepsNeitherEngineStateNorRow() {
    BpmnModelInstance probe =
        Bpmn.createExecutableProcess("directReportFailureProbe")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_StoreNomination")
            .camundaDelegateExpression("${storeNominationDelegate}")
            .serviceTask("Task_Fails")
            .camundaClass(FailingStep.class.getName())
            .endEvent()
            .done();
    Deployment deployment =
        repositoryService
            .createDeployment()
            .tenantId("ent01")
            .addModelInstance("directReportFailureProbe.bpmn", probe)
            .deploy();
    Map<String, Object> nomination = Nominations.valid();
    String idNumber = (String) nomination.get("idNumber");
    try {
      assertThatThrownBy(
              () ->
                  runtimeService.startProcessInstanceByKey("directReportFailureProbe", nomination))
          .hasMessageContaining("step failed");
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM dr_candidate WHERE id_number_hash = ?",
                  Integer.class,
                  cipher.searchHash(idNumber)))
          .isZero();
      assertThat(
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey("directReportFailureProbe")
                  .count())
          .isZero();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    // nothing half-stored blocks the worker: the same ID number can be nominated for real
    assertThat(start(nomination).isEnded()).isFalse();
  }

  @Test
  void theGatewaysDecisionIsNoStoredVariableButACaseOfAnEarlierReleaseKeepsItsOwnUpToDate() {
    ProcessInstance current = start(Nominations.valid());
    complete(current, Map.of("decision", "APPROVE"));
    assertThat(new TaskFinder(engine).single(current.getId()).getTaskDefinitionKey())
        .isEqualTo("Task_ParkReview");
    assertThat(runtimeService.getVariable(current.getId(), "lastDecision")).isNull();

    ProcessInstance earlier = start(Nominations.valid());
    runtimeService.setVariable(earlier.getId(), "lastDecision", "APPROVE");
    complete(earlier, Map.of("decision", "RETURN", "comment", "请补充荣誉"));
    assertThat(new TaskFinder(engine).single(earlier.getId()).getTaskDefinitionKey())
        .isEqualTo("Task_ResubmitNomination");
    assertThat(runtimeService.getVariable(earlier.getId(), "lastDecision")).isEqualTo("RETURN");
  }

  /** Column labels as H2 reports them (MySQL/MariaDB report them as written: lower case). */
  private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
    Map<String, Object> upper = new java.util.LinkedHashMap<>();
    row.forEach((column, value) -> upper.put(column.toUpperCase(java.util.Locale.ROOT), value));
    return upper;
  }

  /** A service task that fails after the nomination was written. */
  public static class FailingStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw new IllegalStateException("step failed");
    }
  }

  private ProcessInstance start(Map<String, Object> nomination) {
    Map<String, Object> variables = new HashMap<>(nomination);
    variables.put("enterpriseCode", "ent01");
    return runtimeService.startProcessInstanceByKey("directReport", variables);
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    taskService.complete(new TaskFinder(engine).single(pi.getId()).getId(), variables);
  }
}
