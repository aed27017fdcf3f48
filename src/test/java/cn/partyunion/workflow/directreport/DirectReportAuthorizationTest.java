package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tenant-scoped authorization of {@code directReport} (DOMAIN §4, §5) through the HTTP APIs
 * with the demo users: every test tries to cross a boundary — another enterprise, another park,
 * another liaison, another role on the same case — and must be refused. ent01 (park01, liaison01)
 * nominates; ent02 (park02, liaison02) are the outsiders.
 *
 * <p>Engine REST calls go through {@link HttpApi} over the real port (MockMvc does not reach the
 * Jersey servlet). The database is shared across test classes and runs: every nomination uses a
 * fresh random ID number, and counts are compared before and after, never absolute.
 */
@WorkflowSpringTest
class DirectReportAuthorizationTest {

  private static final String KEY = "directReport";
  private static final String ENT01_NAME = "南通华芯微电子有限公司";
  private static final String NOT_YOURS = "您无权处理该任务：它不属于您或您所在的单位。";
  private static final String OTHER_UNIT = "您无权访问或处理该记录：它属于其他单位。";

  @Autowired MockMvc mvc;
  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;
  HttpApi rest;

  @BeforeEach
  void engineRest() {
    rest = new HttpApi(port, "");
  }

  /** A case nominated by ent01, waiting at the liaison's review. */
  record Case(String processInstanceId, String recordNo, String idNumber, String liaisonTaskId) {}

  // ---- anonymous ------------------------------------------------------------------------------

  @Test
  void anonymousCallersAreUnauthorized() throws Exception {
    assertThat(rest.perform(get("/engine-rest/task")).getStatus()).isEqualTo(401);
    assertThat(
            rest.perform(
                    post("/engine-rest/process-definition/key/" + KEY + "/submit-form")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"variables\":{}}"))
                .getStatus())
        .isEqualTo(401);
    mvc.perform(get("/api/direct-report/candidates")).andExpect(status().isUnauthorized());
  }

  // ---- other enterprise, park, liaison on the engine REST API ------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02"})
  void outsidersDoNotSeeTheCaseInTheirTaskList(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    assertThat(taskIds(outsider, "?processInstanceId=" + c.processInstanceId())).isEmpty();
    assertThat(taskIds(outsider, "?processDefinitionKey=" + KEY)).doesNotContain(c.liaisonTaskId());
    assertThat(taskIds(outsider, "?maxResults=1000")).doesNotContain(c.liaisonTaskId());
    MockHttpServletResponse count =
        rest.perform(
            outsider, get("/engine-rest/task/count?processInstanceId=" + c.processInstanceId()));
    assertThat(count.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(count.getContentAsString(), "$.count")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02"})
  void outsidersCannotReadTheTaskById(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    assertRefused(rest.perform(outsider, get("/engine-rest/task/" + c.liaisonTaskId())));
    assertRefused(
        rest.perform(outsider, get("/engine-rest/task/" + c.liaisonTaskId() + "/variables")));
    assertRefused(
        rest.perform(outsider, get("/engine-rest/task/" + c.liaisonTaskId() + "/form-variables")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02"})
  void outsidersCannotCompleteTheTask(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    assertRefused(submitTask(outsider, c.liaisonTaskId(), Map.of("decision", "APPROVE")));
    assertStillOpen(c.liaisonTaskId(), "liaison01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02"})
  void outsidersCannotClaimTheTask(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    assertRefused(claim(outsider, c.liaisonTaskId()));
    assertStillOpen(c.liaisonTaskId(), "liaison01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02"})
  void outsidersCannotClaimOrCompleteTheParkTask(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    String parkTask = approveAsLiaison(c);
    assertThat(taskIds(outsider, "?processInstanceId=" + c.processInstanceId())).isEmpty();
    assertRefused(claim(outsider, parkTask));
    assertRefused(submitTask(outsider, parkTask, Map.of("decision", "APPROVE")));
    assertStillOpen(parkTask, null);
  }

  // ---- same case, other role -----------------------------------------------------------------

  @Test
  void theEnterpriseSeesItsCaseButCannotDoTheLiaisonsReview() throws Exception {
    Case c = nominateAsEnt01();
    assertThat(taskIds("ent01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(c.liaisonTaskId());
    MockHttpServletResponse task =
        rest.perform("ent01", get("/engine-rest/task/" + c.liaisonTaskId()));
    assertThat(task.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(task.getContentAsString(), "$.assignee"))
        .isEqualTo("liaison01");
    assertThat(JsonPath.<String>read(task.getContentAsString(), "$.tenantId")).isEqualTo("ent01");

    MockHttpServletResponse complete =
        submitTask("ent01", c.liaisonTaskId(), Map.of("decision", "APPROVE"));
    assertThat(complete.getStatus()).isEqualTo(403);
    assertThat(message(complete)).isEqualTo(NOT_YOURS);
    assertStillOpen(c.liaisonTaskId(), "liaison01");

    // the task is assigned already: the engine refuses any other claimant before the
    // entitlement check runs, with its documented TaskAlreadyClaimedException (REST status 500)
    MockHttpServletResponse claim = claim("ent01", c.liaisonTaskId());
    assertThat(claim.getStatus()).as(claim.getContentAsString()).isGreaterThanOrEqualTo(400);
    assertThat(JsonPath.<String>read(claim.getContentAsString(), "$.type"))
        .isEqualTo("TaskAlreadyClaimedException");
    assertStillOpen(c.liaisonTaskId(), "liaison01");

    MockHttpServletResponse assign =
        rest.perform(
            "ent01",
            post("/engine-rest/task/" + c.liaisonTaskId() + "/assignee")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"ent01\"}"));
    assertThat(assign.getStatus()).isEqualTo(403);
    assertStillOpen(c.liaisonTaskId(), "liaison01");
  }

  /** TASK_WORK on the definition lets the enterprise see the task, not rewrite its data. */
  @Test
  void theEnterpriseCannotChangeTheVariablesOfTheLiaisonsTask() throws Exception {
    Case c = nominateAsEnt01();
    String body = "{\"value\":\"ent01\",\"type\":\"String\"}";
    MockHttpServletResponse taskVariable =
        rest.perform(
            "ent01",
            put("/engine-rest/task/" + c.liaisonTaskId() + "/variables/liaisonId")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    assertThat(taskVariable.getStatus()).as(taskVariable.getContentAsString()).isEqualTo(403);
    MockHttpServletResponse instanceVariable =
        rest.perform(
            "ent01",
            put("/engine-rest/process-instance/" + c.processInstanceId() + "/variables/liaisonId")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    assertThat(instanceVariable.getStatus())
        .as(instanceVariable.getContentAsString())
        .isIn(403, 404);
    assertThat(runtimeService.getVariable(c.processInstanceId(), "liaisonId"))
        .isEqualTo("liaison01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent01", "liaison01"})
  void otherRolesOfTheSameCaseCannotClaimOrCompleteTheParkTask(String user) throws Exception {
    Case c = nominateAsEnt01();
    String parkTask = approveAsLiaison(c);
    MockHttpServletResponse claim = claim(user, parkTask);
    assertThat(claim.getStatus()).isEqualTo(403);
    assertThat(message(claim)).isEqualTo(NOT_YOURS);
    MockHttpServletResponse complete = submitTask(user, parkTask, Map.of("decision", "APPROVE"));
    assertThat(complete.getStatus()).isEqualTo(403);
    assertThat(message(complete)).isEqualTo(NOT_YOURS);
    assertStillOpen(parkTask, null);
  }

  @Test
  void theLinkedLiaisonAndTheEnterprisesParkDoTheirReviews() throws Exception {
    Case c = nominateAsEnt01();
    assertThat(taskIds("liaison01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(c.liaisonTaskId());
    String parkTask = approveAsLiaison(c);
    assertThat(taskIds("park01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(parkTask);
    assertThat(claim("park01", parkTask).getStatus()).isEqualTo(204);
    assertThat(submitTask("park01", parkTask, Map.of("decision", "APPROVE")).getStatus())
        .isEqualTo(204);
    assertThat(openTask(c).getTaskDefinitionKey()).isEqualTo("Task_OrgDeptApproval");
  }

  @Test
  void returnWithoutCommentIsRefusedAndTheTaskStaysOpen() throws Exception {
    Case c = nominateAsEnt01();
    MockHttpServletResponse response =
        submitTask("liaison01", c.liaisonTaskId(), Map.of("decision", "RETURN"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
        .isEqualTo("FormValidationException");
    assertThat(message(response)).startsWith("请更正以下内容：").contains("退回或不同意时须填写理由");
    assertStillOpen(c.liaisonTaskId(), "liaison01");
    assertThat(openTask(c).getId()).isEqualTo(c.liaisonTaskId());
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM dr_candidate WHERE record_no = ?", String.class, c.recordNo()))
        .isEqualTo("UNDER_REVIEW");
  }

  // ---- application API --------------------------------------------------------------------------

  @Test
  void anotherEnterpriseDoesNotListTheCaseAndIsRefusedItsEnterpriseFilter() throws Exception {
    Case c = nominateAsEnt01();
    String body =
        mvc.perform(
                get("/api/direct-report/candidates?size=200")
                    .header(HttpHeaders.AUTHORIZATION, HttpApi.basic("ent02")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<List<String>>read(body, "$[*].recordNo")).doesNotContain(c.recordNo());
    assertThat(JsonPath.<List<String>>read(body, "$[*].enterpriseCode")).allMatch("ent02"::equals);

    mvc.perform(
            get("/api/direct-report/candidates?enterprise=ent01")
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic("ent02")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("FORBIDDEN"))
        .andExpect(jsonPath("$.message").value("无权查看该企业的培养对象。"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"park02", "liaison02"})
  void anotherParkOrLiaisonDoesNotListTheCase(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    String body =
        mvc.perform(
                get("/api/direct-report/candidates?size=200")
                    .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(outsider)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<List<String>>read(body, "$[*].recordNo")).doesNotContain(c.recordNo());
    assertThat(JsonPath.<List<String>>read(body, "$[*].enterpriseCode")).doesNotContain("ent01");
    mvc.perform(
            get("/api/direct-report/candidates?enterprise=ent01")
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(outsider)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("无权查看该企业的培养对象。"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02"})
  void outsidersAreRefusedTheTimeline(String outsider) throws Exception {
    Case c = nominateAsEnt01();
    mvc.perform(
            get("/api/direct-report/candidates/" + c.recordNo() + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(outsider)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("FORBIDDEN"))
        .andExpect(jsonPath("$.message").value("无权查看该培养对象的记录。"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent01", "park01", "liaison01", "orgdept01"})
  void theCasesOwnRolesSeeItsTimeline(String user) throws Exception {
    Case c = nominateAsEnt01();
    mvc.perform(
            get("/api/direct-report/candidates/" + c.recordNo() + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(user)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].step").value("NOMINATION"))
        .andExpect(jsonPath("$[0].actor").value("ent01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent01", "park01", "liaison01"})
  void theCasesOwnRolesSeeOnlyTheMaskedIdNumber(String user) throws Exception {
    Case c = nominateAsEnt01();
    String masked = c.idNumber().substring(0, 6) + "********" + c.idNumber().substring(14);
    assertThat(idNumberListedFor(user, c)).isEqualTo(masked);
    // the task form shows only the masked number, too (read from dr_candidate) ...
    MockHttpServletResponse form =
        rest.perform(user, get("/engine-rest/task/" + c.liaisonTaskId() + "/form-variables"));
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(form.getContentAsString(), "$.idNumber.value"))
        .isEqualTo(masked);
    // ... and no engine variable holds the number at all
    assertThat(
            rest.perform(
                    user, get("/engine-rest/task/" + c.liaisonTaskId() + "/variables/idNumber"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theOrganizationDepartmentSeesTheFullIdNumber() throws Exception {
    Case c = nominateAsEnt01();
    assertThat(idNumberListedFor("orgdept01", c)).isEqualTo(c.idNumber());
  }

  // ---- who may nominate -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"liaison01", "orgdept01", "park01"})
  void usersWithoutEnterpriseCannotStartTheProcess(String user) throws Exception {
    long candidates = candidateRows();
    long instances = instances();
    MockHttpServletResponse response = startNomination(user, nomination());
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
        .isEqualTo("AuthorizationException");
    assertThat(message(response)).isEqualTo("您没有执行此操作的权限。");
    assertThat(candidateRows()).isEqualTo(candidates);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void anAdministratorWithoutEnterpriseIsRefusedWithAChineseMessage() throws Exception {
    long candidates = candidateRows();
    long instances = instances();
    MockHttpServletResponse response = startNomination("admin", nomination());
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(message(response)).isEqualTo("只有直报企业的联系人可以推荐培养对象。");
    assertThat(candidateRows()).isEqualTo(candidates);
    assertThat(instances()).isEqualTo(instances);
  }

  // ---- validation through REST
  // --------------------------------------------------------------------

  @Test
  void aWrongCheckDigitIsRefusedWith400AndNothingIsStarted() throws Exception {
    Map<String, Object> nomination = nomination();
    String good = (String) nomination.get("idNumber");
    nomination.put("idNumber", good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
    long candidates = candidateRows();
    long instances = instances();
    MockHttpServletResponse response = startNomination("ent01", nomination);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
        .isEqualTo("FormValidationException");
    assertThat(message(response)).contains("身份证号校验位不正确");
    assertThat(candidateRows()).isEqualTo(candidates);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void aSecondNominationOfAnOpenIdNumberNamesTheEnterpriseHoldingIt() throws Exception {
    Case c = nominateAsEnt01();
    Map<String, Object> nomination = nomination();
    nomination.put("idNumber", c.idNumber());
    nomination.put("birthDate", birthDateOf(c.idNumber()));
    long candidates = candidateRows();
    long instances = instances();
    MockHttpServletResponse response = startNomination("ent02", nomination);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(message(response)).contains(ENT01_NAME, c.recordNo()).doesNotContain(c.idNumber());
    assertThat(candidateRows()).isEqualTo(candidates);
    assertThat(instances()).isEqualTo(instances);
  }

  // ---- no per-task grants
  // ----------------------------------------------------------------------------

  @Test
  void directReportTasksGetNoPerTaskGrantsButTheEnterprisesTenant() throws Exception {
    Case c = nominateAsEnt01();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(c.processInstanceId())
                .singleResult()
                .getTenantId())
        .isEqualTo("ent01");
    assertNoTaskGrants(c.liaisonTaskId());
    String parkTask = approveAsLiaison(c);
    assertNoTaskGrants(parkTask);
    assertThat(claim("park01", parkTask).getStatus()).isEqualTo(204);
    assertNoTaskGrants(parkTask);
  }

  private void assertNoTaskGrants(String taskId) {
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getTenantId())
        .isEqualTo("ent01");
    assertThat(
            authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .count())
        .isZero();
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------

  private Case nominateAsEnt01() throws Exception {
    Map<String, Object> nomination = nomination();
    MockHttpServletResponse response = startNomination("ent01", nomination);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    String processInstanceId = JsonPath.read(response.getContentAsString(), "$.id");
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    Task liaisonTask =
        taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(liaisonTask.getTaskDefinitionKey()).isEqualTo("Task_LiaisonReview");
    assertThat(liaisonTask.getAssignee()).isEqualTo("liaison01");
    return new Case(
        processInstanceId,
        instance.getBusinessKey(),
        (String) nomination.get("idNumber"),
        liaisonTask.getId());
  }

  /** The liaison approves; returns the park's review task. */
  private String approveAsLiaison(Case c) throws Exception {
    assertThat(
            submitTask("liaison01", c.liaisonTaskId(), Map.of("decision", "APPROVE")).getStatus())
        .isEqualTo(204);
    Task park = openTask(c);
    assertThat(park.getTaskDefinitionKey()).isEqualTo("Task_ParkReview");
    return park.getId();
  }

  private MockHttpServletResponse startNomination(String user, Map<String, Object> variables)
      throws Exception {
    return rest.perform(
        user,
        post("/engine-rest/process-definition/key/" + KEY + "/submit-form")
            .contentType(MediaType.APPLICATION_JSON)
            .content(RestForms.json(Map.of("variables", RestForms.typed(variables, "String")))));
  }

  private MockHttpServletResponse submitTask(
      String user, String taskId, Map<String, Object> variables) throws Exception {
    return rest.perform(
        user,
        post("/engine-rest/task/" + taskId + "/submit-form")
            .contentType(MediaType.APPLICATION_JSON)
            .content(RestForms.json(Map.of("variables", RestForms.typed(variables, "String")))));
  }

  private MockHttpServletResponse claim(String user, String taskId) {
    return rest.perform(
        user,
        post("/engine-rest/task/" + taskId + "/claim")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"" + user + "\"}"));
  }

  private List<String> taskIds(String user, String query) throws Exception {
    MockHttpServletResponse response = rest.perform(user, get("/engine-rest/task" + query));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return JsonPath.read(response.getContentAsString(), "$[*].id");
  }

  /**
   * Refused as the engine's REST API refuses a task of another unit: 404 when the task cannot even
   * be found, else 403 with a Chinese message — never 2xx, never a 500.
   */
  private static void assertRefused(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus())
        .as(response.getContentAsString(StandardCharsets.UTF_8))
        .isIn(403, 404);
    if (response.getStatus() == 403) {
      assertThat(
              JsonPath.<String>read(response.getContentAsString(StandardCharsets.UTF_8), "$.type"))
          .isEqualTo("AuthorizationException");
      assertThat(message(response)).isIn(NOT_YOURS, OTHER_UNIT);
    }
  }

  private static String message(MockHttpServletResponse response) throws Exception {
    return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.message");
  }

  private String idNumberListedFor(String user, Case c) throws Exception {
    String body =
        mvc.perform(
                get("/api/direct-report/candidates?enterprise=ent01&size=200")
                    .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<String> ids = JsonPath.read(body, "$[?(@.recordNo == '" + c.recordNo() + "')].idNumber");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private Task openTask(Case c) {
    return taskService.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult();
  }

  private void assertStillOpen(String taskId, String assignee) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("task " + taskId + " still open").isNotNull();
    assertThat(task.getAssignee()).isEqualTo(assignee);
  }

  private long candidateRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dr_candidate", Long.class);
  }

  private long instances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()
        + historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
  }

  /**
   * Valid nomination variables with an ID number not used before in this shared database: a random
   * birth date (1970–2000) on top of the fixture's random area and sequence digits.
   */
  private static Map<String, Object> nomination() {
    LocalDate birth =
        LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(31 * 365));
    Map<String, Object> v = Nominations.valid();
    v.put("birthDate", birth.toString());
    v.put("idNumber", IdNumbers.bornOn(birth));
    return v;
  }

  private static String birthDateOf(String idNumber) {
    return idNumber.substring(6, 10)
        + "-"
        + idNumber.substring(10, 12)
        + "-"
        + idNumber.substring(12, 14);
  }
}
