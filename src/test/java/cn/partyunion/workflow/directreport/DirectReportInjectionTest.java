package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.shared.testkit.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks on {@code directReport} through the engine's REST API with demo logins (issue 8): writing
 * variables a form does not offer, to steer a case to oneself or to overwrite another enterprise's
 * case, wrong types, control characters, oversize text and the variable, modification and message
 * endpoints. Each attack must be refused with a Chinese message and change nothing.
 */
@WorkflowSpringTest
class DirectReportInjectionTest {

  private static final String START = "/process-definition/key/directReport/submit-form";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired CandidateFormValues formValues;
  @Autowired DirectReportProperties properties;
  HttpApi rest;

  @BeforeEach
  void engineRest() {
    rest = new HttpApi(port, "/engine-rest");
  }

  /** A case nominated by ent01 over REST; its liaison task. */
  private Task nominate() throws Exception {
    HttpApi.Response started = rest.call("POST", "ent01", START, body(Nominations.valid()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  @ParameterizedTest
  @ValueSource(strings = {"liaisonId", "parkCode", "recordNo", "enterpriseCode", "tenantId"})
  void nominationWithASteeringVariableIsRefusedAndStoresNothing(String steering) throws Exception {
    long rows = candidateRows();
    long instances = instances();
    Map<String, Object> variables = Nominations.valid();
    variables.put(steering, "ent01");
    assertRefused(rest.call("POST", "ent01", START, body(variables)), 400, steering);
    assertThat(candidateRows()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void anotherEnterpriseCannotOverwriteACaseByItsRecordNumber() throws Exception {
    Task liaison = nominate();
    String recordNo = recordNo(liaison);
    String name = candidateName(recordNo);
    Map<String, Object> variables = Nominations.valid();
    variables.put("recordNo", recordNo);
    variables.put("candidateName", "冒名顶替");
    assertRefused(rest.call("POST", "ent02", START, body(variables)), 400, "recordNo");
    Map<String, Object> withKey = new LinkedHashMap<>();
    withKey.put("businessKey", recordNo);
    withKey.put("variables", RestForms.typed(Nominations.valid()));
    assertRefused(rest.call("POST", "ent02", START, RestForms.json(withKey)), 400, "记录号由系统生成");
    assertThat(candidateName(recordNo)).isEqualTo(name);
  }

  @Test
  void liaisonCannotTurnAnotherCaseByItsRecordNumber() throws Exception {
    Task first = nominate();
    Task other = nominate();
    String status = status(recordNo(other));
    // recordNo is read-only on the liaison's form: Tasklist sends it back, it is never written
    Map<String, Object> variables =
        Map.of("decision", "RETURN", "comment", "请补充材料", "recordNo", recordNo(other));
    assertThat(submit("liaison01", first, variables).status()).isEqualTo(204);
    assertThat(status(recordNo(other))).isEqualTo(status);
    assertThat(status(recordNo(first))).isEqualTo("RETURNED");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(other.getProcessInstanceId())
                .singleResult()
                .getId())
        .isEqualTo(other.getId());
    // a variable no form of the task has is refused outright
    Task liaison = nominate();
    assertRefused(
        submit("liaison01", liaison, Map.of("decision", "APPROVE", "enterpriseCode", "ent02")),
        400,
        "enterpriseCode");
  }

  @Test
  void resubmissionCannotRedirectTheReviewsToTheEnterprise() throws Exception {
    Task liaison = nominate();
    assertThat(
            submit("liaison01", liaison, Map.of("decision", "RETURN", "comment", "请补充获奖情况"))
                .status())
        .isEqualTo(204);
    Task resubmission =
        taskService
            .createTaskQuery()
            .processInstanceId(liaison.getProcessInstanceId())
            .singleResult();
    assertThat(resubmission.getTaskDefinitionKey()).isEqualTo("Task_ResubmitNomination");
    Map<String, Object> variables = Nominations.valid();
    variables.put(
        "idNumber", formService.getTaskFormVariables(resubmission.getId()).get("idNumber"));
    variables.put("liaisonId", "ent01");
    variables.put("parkCode", "ent01");
    assertRefused(submit("ent01", resubmission, variables), 400, "liaisonId");
    assertThat(taskService.createTaskQuery().taskId(resubmission.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(liaison.getProcessInstanceId(), "liaisonId"))
        .isEqualTo("liaison01");
  }

  @Test
  void readOnlyFieldsAreShownButNeverWritten() throws Exception {
    Task liaison = nominate();
    String recordNo = recordNo(liaison);
    Map<String, Object> variables =
        new HashMap<>(
            Map.of("decision", "APPROVE", "candidateName", "篡改姓名", "enterpriseName", "别的企业"));
    assertThat(submit("liaison01", liaison, variables).status()).isEqualTo(204);
    String instance = liaison.getProcessInstanceId();
    assertThat(runtimeService.getVariable(instance, "candidateName")).isEqualTo("王建国");
    assertThat(runtimeService.getVariable(instance, "enterpriseName")).isEqualTo("南通华芯微电子有限公司");
    assertThat(candidateName(recordNo)).isEqualTo("王建国");
  }

  @Test
  void theReviewFormsShowTheParkAndTheEarlierOpinionsFromTheCase() throws Exception {
    Task liaison = nominate();
    String park =
        jdbc.queryForObject(
            "SELECT park_code FROM dr_enterprise WHERE code = 'ent01'", String.class);
    String parkName =
        jdbc.queryForObject("SELECT name FROM dr_park WHERE code = ?", String.class, park);
    JsonNode liaisonForm = formVariables("liaison01", liaison);
    assertThat(liaisonForm.path("parkName").path("value").asText()).isEqualTo(parkName);
    Map<String, Object> talked = new HashMap<>(Map.of("decision", "APPROVE", "comment", "谈话情况良好"));
    assertThat(submit("liaison01", liaison, talked).status()).isEqualTo(204);

    Task parkReview = openTask(liaison);
    assertThat(formVariables(park, parkReview).path("liaisonOpinion").path("value").asText())
        .isEqualTo("谈话情况良好");
    assertThat(submit(park, parkReview, Map.of("decision", "APPROVE")).status()).isEqualTo(204);

    JsonNode orgdeptForm = formVariables("orgdept01", openTask(liaison));
    assertThat(orgdeptForm.path("liaisonOpinion").path("value").asText()).isEqualTo("谈话情况良好");
    assertThat(orgdeptForm.path("parkOpinion").path("value").asText()).isEqualTo("同意");
    assertThat(orgdeptForm.path("parkName").path("value").asText()).isEqualTo(parkName);

    // the maturity decision's form shows the day of approval and the earliest day of maturity
    String recordNo = recordNo(liaison);
    Task approval = openTask(liaison);
    assertThat(submit("orgdept01", approval, Map.of("decision", "APPROVE")).status())
        .isEqualTo(204);
    LocalDate approved =
        jdbc.queryForObject(
                "SELECT approved_at FROM dr_candidate WHERE record_no = ?",
                java.sql.Timestamp.class,
                recordNo)
            .toLocalDateTime()
            .toLocalDate();
    assertThat(formValues.values(recordNo, Set.of("approvedDate", "earliestMatureDate")))
        .containsEntry("approvedDate", approved.toString())
        .containsEntry(
            "earliestMatureDate", approved.plus(properties.minimumCultivation()).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"value\": true, \"type\": \"Boolean\"}",
        "{\"value\": 42, \"type\": \"Integer\"}",
        "{\"value\": \"[\\\"王\\\"]\", \"type\": \"Json\"}",
        "{\"value\": \"rO0ABXQAA2FiYw==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.io.File\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
        "{\"value\": \"AAEC\", \"type\": \"Bytes\"}"
      })
  void aNameOfAnotherTypeIsRefused(String typedName) throws Exception {
    long rows = candidateRows();
    Map<String, Object> variables = Nominations.valid();
    variables.put("candidateName", json.readTree(typedName));
    HttpApi.Response response = rest.call("POST", "ent01", START, body(variables));
    assertRefused(response, 400, "姓名");
    assertThat(candidateRows()).isEqualTo(rows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"王\u0000建国", "王\u0007建国", "王\u202E国建", "王建\n国"})
  void controlCharactersInANameAreRefused(String name) throws Exception {
    Map<String, Object> variables = Nominations.valid();
    variables.put("candidateName", name);
    assertRefused(rest.call("POST", "ent01", START, body(variables)), 400, "控制字符");
  }

  @Test
  void oversizeTextIsRefusedWithAChineseMessageNotAServerError() throws Exception {
    Map<String, Object> variables = Nominations.valid();
    variables.put("recommendationReason", "好".repeat(100_000));
    assertRefused(rest.call("POST", "ent01", START, body(variables)), 400, "不能超过 1000 个字");
  }

  @Test
  void reviewCommentOverItsColumnIsRefusedAndTheTaskStaysOpen() throws Exception {
    Task liaison = nominate();
    assertRefused(
        submit("liaison01", liaison, Map.of("decision", "RETURN", "comment", "改".repeat(1001))),
        400,
        "不能超过 1000 个字");
    assertThat(taskService.createTaskQuery().taskId(liaison.getId()).count()).isOne();
  }

  @Test
  void aCommentAtItsLimitIsStoredAndEmojiAreRefusedOnEveryDatabase() throws Exception {
    Task liaison = nominate();
    assertRefused(
        submit("liaison01", liaison, Map.of("decision", "RETURN", "comment", "请补充\uD83D\uDE00")),
        400,
        "表情符号");
    String comment = "改".repeat(1000);
    assertThat(
            submit("liaison01", liaison, Map.of("decision", "RETURN", "comment", comment)).status())
        .isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "SELECT comment FROM dr_review_record WHERE record_no = ?"
                    + " AND step = 'LIAISON_REVIEW'",
                String.class,
                recordNo(liaison)))
        .isEqualTo(comment);
  }

  @Test
  void variablesCannotBeWrittenOutsideAForm() throws Exception {
    Task liaison = nominate();
    String instance = liaison.getProcessInstanceId();
    String value = "{\"value\": \"ent01\", \"type\": \"String\"}";
    String modifications = "{\"modifications\": {\"liaisonId\": " + value + "}}";
    assertRefused(
        rest.call("PUT", "ent01", "/task/" + liaison.getId() + "/variables/liaisonId", value),
        403,
        "系统管理员");
    assertRefused(
        rest.call("POST", "ent01", "/task/" + liaison.getId() + "/variables", modifications),
        403,
        "系统管理员");
    assertRefused(
        rest.call("POST", "ent01", "/task/" + liaison.getId() + "/localVariables", modifications),
        403,
        "系统管理员");
    assertRefused(
        rest.call(
            "POST", "liaison01", "/process-instance/" + instance + "/variables", modifications),
        403,
        "系统管理员");
    assertRefused(
        rest.call("DELETE", "liaison01", "/task/" + liaison.getId() + "/variables/liaisonId", null),
        403,
        "系统管理员");
    assertRefused(
        rest.call(
            "POST",
            "liaison01",
            "/process-instance/" + instance + "/modification",
            "{\"instructions\": [{\"type\": \"cancel\", \"activityId\":"
                + " \"Task_LiaisonReview\"}, {\"type\": \"startBeforeActivity\", \"activityId\":"
                + " \"Task_OrgDeptApproval\"}]}"),
        403,
        "系统管理员");
    assertRefused(
        rest.call(
            "POST",
            "ent01",
            "/message",
            "{\"messageName\": \"anything\"," + " \"processInstanceId\": \"" + instance + "\"}"),
        403,
        "系统管理员");
    assertRefused(rest.call("POST", "ent01", "/signal", "{\"name\": \"anything\"}"), 403, "系统管理员");
    assertThat(runtimeService.getVariable(instance, "liaisonId")).isEqualTo("liaison01");
    assertThat(taskService.createTaskQuery().taskId(liaison.getId()).count()).isOne();
  }

  @Test
  void completingWithVariablesIsHeldToTheFormToo() throws Exception {
    Task liaison = nominate();
    assertRefused(
        rest.call(
            "POST",
            "liaison01",
            "/task/" + liaison.getId() + "/complete",
            body(Map.of("decision", "APPROVE", "parkCode", "park05"))),
        400,
        "parkCode");
    assertRefused(
        rest.call(
            "POST",
            "liaison01",
            "/task/" + liaison.getId() + "/resolve",
            body(Map.of("decision", "APPROVE", "parkCode", "park05"))),
        400,
        "parkCode");
    assertThat(taskService.createTaskQuery().taskId(liaison.getId()).count()).isOne();
  }

  // ---- helpers --------------------------------------------------------------------------

  private HttpApi.Response submit(String user, Task task, Map<String, Object> variables)
      throws Exception {
    return rest.call("POST", user, "/task/" + task.getId() + "/submit-form", body(variables));
  }

  private JsonNode formVariables(String user, Task task) throws Exception {
    HttpApi.Response form =
        rest.call("GET", user, "/task/" + task.getId() + "/form-variables", null);
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    return form.json();
  }

  private Task openTask(Task before) {
    return taskService
        .createTaskQuery()
        .processInstanceId(before.getProcessInstanceId())
        .singleResult();
  }

  private static String body(Map<String, Object> variables) {
    return RestForms.body(variables);
  }

  private String recordNo(Task task) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .singleResult()
        .getBusinessKey();
  }

  private String candidateName(String recordNo) {
    return jdbc.queryForObject(
        "SELECT candidate_name FROM dr_candidate WHERE record_no = ?", String.class, recordNo);
  }

  private String status(String recordNo) {
    return jdbc.queryForObject(
        "SELECT status FROM dr_candidate WHERE record_no = ?", String.class, recordNo);
  }

  private long candidateRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dr_candidate", Long.class);
  }

  private long instances() {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("directReport")
        .count();
  }
}
