package cn.partyunion.workflow.memberdevelopment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.testkit.AsUser;
import cn.partyunion.workflow.shared.testkit.EngineRest;
import cn.partyunion.workflow.shared.testkit.RestForms;
import cn.partyunion.workflow.shared.testkit.TaskFinder;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The boundaries of {@code memberDevelopment} (DOMAIN §4, §6) over real HTTP with the demo users: a
 * branch sees and works only its own enterprise's applicants, a park committee only its
 * enterprises', the organization department all. branch01 (ent01, park01) registers; branch02
 * (ent02, park02) and park02 are the outsiders; ent01 and liaison01 share ent01's tenant but have
 * no role in member development.
 *
 * <p>Engine REST calls go through {@link HttpApi} over the real port. The database is shared across
 * test classes and runs: every case is new, lists are checked for the case's id, never for absolute
 * counts.
 */
@WorkflowSpringTest
class MemberDevelopmentAuthorizationTest {

  private static final String KEY = "memberDevelopment";
  private static final String NOT_YOURS = "您无权处理该任务：它不属于您或您所在的单位。";
  private static final String OTHER_UNIT = "您无权访问或处理该记录：它属于其他单位。";

  @Autowired MockMvc mvc;
  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @RegisterExtension final TestClock clock = new TestClock();
  HttpApi rest;
  EngineRest engineRest;

  @BeforeEach
  void engineRest() {
    rest = new HttpApi(port, "");
    engineRest = new EngineRest(rest);
  }

  /** An applicant registered by branch01, waiting at the branch's talk. */
  record Case(String processInstanceId, String recordNo, String talkTaskId) {}

  // ---- who may register ---------------------------------------------------------------------

  @Test
  void aBranchRegistersInItsOwnEnterprisesTenant() throws Exception {
    Case c = registerAsBranch01();
    assertThat(c.recordNo()).startsWith("FZ");
    assertThat(instance(c).getTenantId()).isEqualTo("ent01");
    Task talk = taskService.createTaskQuery().taskId(c.talkTaskId()).singleResult();
    assertThat(talk.getTenantId()).isEqualTo("ent01");
    assertThat(
            jdbc.queryForObject(
                "SELECT branch_code FROM md_applicant WHERE record_no = ?",
                String.class,
                c.recordNo()))
        .isEqualTo("branch01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent01", "park01", "liaison01", "orgdept01"})
  void onlyBranchesRegisterApplicants(String user) throws Exception {
    long instances = instances();
    HttpApi.Response response = startRegistration(user, registration());
    // 404 for users who may not even read the definition (ent01, liaison01)
    assertThat(response.status()).as(response.body()).isIn(403, 404);
    assertThat(instances()).isEqualTo(instances);
  }

  /** A chosen business key would take over another enterprise's direct-report candidate. */
  @Test
  void aBranchCannotChooseTheRecordNumber() {
    long instances = instances();
    HttpApi.Response response =
        rest.call(
            "POST",
            "branch01",
            "/engine-rest/process-definition/key/" + KEY + "/submit-form",
            RestForms.json(
                Map.of(
                    "variables", RestForms.typed(registration()), "businessKey", "ZB2026999999")));
    assertThat(response.status()).as(response.body()).isIn(400, 403);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void aBranchCannotNameAnotherBranch() throws Exception {
    long instances = instances();
    Map<String, Object> values = registration();
    values.put("branchCode", "branch02");
    HttpApi.Response response = startRegistration("branch01", values);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).contains("branchCode");
    assertThat(instances()).isEqualTo(instances);
  }

  // ---- the branch's own task ------------------------------------------------------------------

  @Test
  void theBranchSeesClaimsAndCompletesItsTalk() throws Exception {
    Case c = registerAsBranch01();
    assertThat(taskIds("branch01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(c.talkTaskId());
    assertThat(processInstanceIds("branch01")).contains(c.processInstanceId());
    assertThat(claim("branch01", c.talkTaskId()).status()).isEqualTo(204);
    HttpApi.Response done = submitTask("branch01", c.talkTaskId(), talk());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(openTask(c).getTaskDefinitionKey()).isEqualTo("Task_DetermineActivist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"branch02", "park02"})
  void outsidersDoNotSeeTheCase(String outsider) throws Exception {
    Case c = registerAsBranch01();
    assertThat(taskIds(outsider, "?processInstanceId=" + c.processInstanceId())).isEmpty();
    assertThat(taskIds(outsider, "?processDefinitionKey=" + KEY + "&maxResults=1000"))
        .doesNotContain(c.talkTaskId());
    assertThat(processInstanceIds(outsider)).doesNotContain(c.processInstanceId());
    assertRefused(engineRest.get(outsider, "/engine-rest/task/" + c.talkTaskId()));
    assertRefused(
        engineRest.get(outsider, "/engine-rest/task/" + c.talkTaskId() + "/form-variables"));
    assertRefused(
        engineRest.get(
            outsider, "/engine-rest/process-instance/" + c.processInstanceId() + "/variables"));
    assertRefused(
        engineRest.get(outsider, "/engine-rest/process-instance/" + c.processInstanceId()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"branch01", "branch02", "park01", "park02", "ent01", "liaison01"})
  void historyIsNotReadableOutsideTheOrganizationDepartment(String user) throws Exception {
    Case c = registerAsBranch01();
    String q = "?processInstanceId=" + c.processInstanceId();
    for (String path :
        List.of(
            "/engine-rest/history/process-instance" + q,
            "/engine-rest/history/task" + q,
            "/engine-rest/history/activity-instance" + q,
            "/engine-rest/history/variable-instance" + q)) {
      // the case's own branch and park included: no READ_HISTORY on the definition
      assertThat(list(user, path)).as(user + " " + path).isEmpty();
    }
    assertThat(list("orgdept01", "/engine-rest/history/process-instance" + q)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"branch02", "park02", "park01", "ent01", "liaison01"})
  void othersCannotClaimOrCompleteTheBranchsTask(String user) throws Exception {
    Case c = registerAsBranch01();
    assertRefused(claim(user, c.talkTaskId()));
    assertRefused(submitTask(user, c.talkTaskId(), talk()));
    assertStillOpen(c.talkTaskId(), null);
  }

  @Test
  void ent01AndLiaison01ShareTheTenantButDoNotSeeTheBranchsTask() throws Exception {
    Case c = registerAsBranch01();
    for (String user : List.of("ent01", "liaison01")) {
      assertThat(taskIds(user, "?processInstanceId=" + c.processInstanceId())).as(user).isEmpty();
    }
  }

  // ---- the park's task ----------------------------------------------------------------------

  @Test
  void onlyTheEnterprisesParkFilesTheActivist() throws Exception {
    Case c = registerAsBranch01();
    String filing = activistFilingTask(c);
    assertThat(taskIds("park01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(filing);
    assertThat(taskIds("park02", "?processInstanceId=" + c.processInstanceId())).isEmpty();
    // the branch sees its case's park task but may not do it
    assertThat(taskIds("branch01", "?processInstanceId=" + c.processInstanceId()))
        .containsExactly(filing);
    for (String user : List.of("branch01", "branch02", "park02")) {
      assertRefused(claim(user, filing));
      assertRefused(submitTask(user, filing, Map.of()));
      assertStillOpen(filing, null);
    }
    assertThat(claim("park01", filing).status()).isEqualTo(204);
    assertThat(submitTask("park01", filing, Map.of()).status()).isEqualTo(204);
    assertThat(openTask(c).getTaskDefinitionKey()).isEqualTo("Task_DetermineDevelopmentTarget");
  }

  @Test
  void theOrganizationDepartmentSeesEveryEnterprisesCases() throws Exception {
    Case one = registerAsBranch01();
    Case two = register("branch02");
    assertThat(instance(two).getTenantId()).isEqualTo("ent02");
    List<String> all = taskIds("orgdept01", "?processDefinitionKey=" + KEY + "&maxResults=5000");
    assertThat(all).contains(one.talkTaskId(), two.talkTaskId());
    assertThat(processInstanceIds("orgdept01"))
        .contains(one.processInstanceId(), two.processInstanceId());
    // sees, but the branch's talk is not the organization department's task
    HttpApi.Response claim = claim("orgdept01", one.talkTaskId());
    assertThat(claim.status()).isEqualTo(403);
    assertThat(message(claim)).isEqualTo(NOT_YOURS);
  }

  // ---- the application API (信息库 and 纪实) of a handed-over candidate ----------------------

  @Test
  void aHandedOverCandidatesRecordIsReadOnlyWithinItsEnterprise() throws Exception {
    String recordNo = handedOverFromEnt01();
    // the organization department and the park read the 纪实, hand-over step after the
    // direct-report steps
    for (String user : List.of("orgdept01", "park01")) {
      String body = timeline(user, recordNo, 200);
      List<String> steps = JsonPath.read(body, "$[*].step");
      assertThat(steps).as(user).startsWith("NOMINATION").contains("HAND_OVER");
      assertThat(steps.indexOf("HAND_OVER")).isGreaterThan(steps.indexOf("MATURITY_DECISION"));
    }
    for (String outsider : List.of("branch02", "park02", "ent02")) {
      mvc.perform(
              get("/api/direct-report/candidates/" + recordNo + "/timeline")
                  .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(outsider)))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.message").value("无权查看该培养对象的记录。"));
      mvc.perform(
              get("/api/direct-report/candidates/" + recordNo)
                  .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(outsider)))
          .andExpect(status().isForbidden());
    }
    // the 信息库's stage follows member development; park02 and the branches do not list it
    assertThat(listed("orgdept01", recordNo)).isTrue();
    assertThat(listed("park01", recordNo)).isTrue();
    for (String outsider : List.of("branch01", "branch02", "park02")) {
      assertThat(listed(outsider, recordNo)).as(outsider).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"branch01", "branch02"})
  void aBranchListsNoOtherEnterprisesPeopleAndIsRefusedTheirFilter(String branch) throws Exception {
    String body =
        mvc.perform(
                get("/api/direct-report/candidates?size=200")
                    .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(branch)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String own = "ent" + branch.substring(6);
    assertThat(JsonPath.<List<String>>read(body, "$[*].enterpriseCode")).allMatch(own::equals);
    String other = own.equals("ent01") ? "ent02" : "ent01";
    mvc.perform(
            get("/api/direct-report/candidates?enterprise=" + other)
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(branch)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("无权查看该企业的培养对象。"));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Case registerAsBranch01() throws Exception {
    return register("branch01");
  }

  private Case register(String branch) throws Exception {
    HttpApi.Response response = startRegistration(branch, registration());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    String id = JsonPath.read(response.body(), "$.id");
    Task talk = taskService.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(talk.getTaskDefinitionKey()).isEqualTo("Task_ApplicantTalk");
    return new Case(id, (String) runtimeService.getVariable(id, "recordNo"), talk.getId());
  }

  /** Talk and activist done (no user: the engine's own call); returns the park's filing task. */
  private String activistFilingTask(Case c) {
    String today = LocalDate.now(TestClock.ZONE).toString();
    Map<String, Object> talk = new HashMap<>(talk());
    taskService.complete(c.talkTaskId(), talk);
    taskService.complete(
        openTask(c).getId(),
        Map.of(
            "recommendationMethod",
            "MEMBER_RECOMMENDATION",
            "activistDate",
            today,
            "cultivationContacts",
            "李红、周明"));
    Task filing = openTask(c);
    assertThat(filing.getTaskDefinitionKey()).isEqualTo("Task_FileActivist");
    return filing.getId();
  }

  /**
   * A direct-report case of ent01 driven by its users to the organization department's {@code
   * MATURE} decision with the engine clock moved; it continues in {@code memberDevelopment} under
   * its record number.
   */
  private String handedOverFromEnt01() {
    LocalDateTime start = LocalDateTime.now(TestClock.ZONE).minusMonths(15);
    clock.set(start);
    ProcessInstance pi =
        as(
            "ent01",
            () ->
                formService.submitStartForm(
                    repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("directReport")
                        .latestVersion()
                        .singleResult()
                        .getId(),
                    Nominations.valid()));
    String recordNo = (String) runtimeService.getVariable(pi.getId(), "recordNo");
    completeAs("liaison01", pi, "Task_LiaisonReview", Map.of("decision", "APPROVE"));
    completeAs("park01", pi, "Task_ParkReview", Map.of("decision", "APPROVE"));
    completeAs("orgdept01", pi, "Task_OrgDeptApproval", Map.of("decision", "APPROVE"));
    completeAs(
        "ent01", pi, "Task_NameMentor", Map.of("mentorName", "李红", "mentorPhone", "13800001111"));
    completeAs(
        "park01",
        pi,
        "Task_NameInspector",
        Map.of("inspectorName", "周明", "inspectorPhone", "13900002222"));
    for (int period = 1; period <= 2; period++) {
      clock.set(start.plusMonths(6L * period).plusDays(period));
      managementService.executeJob(
          managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
      completeAs(
          "park01",
          pi,
          "Task_RecordInspection",
          Map.of(
              "inspectionDate",
              clock.local().toLocalDate().toString(),
              "conduct",
              "思想积极，拥护党的路线",
              "work",
              "带头攻关，完成技改项目",
              "study",
              "参加党课学习",
              "inspectionOpinion",
              "GOOD"));
      completeAs(
          "orgdept01",
          pi,
          "Task_MaturityDecision",
          period == 1
              ? Map.of("maturityDecision", "CONTINUE")
              : Map.of("maturityDecision", "MATURE", "comment", "培养成熟"));
    }
    clock.reset();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(recordNo)
                .count())
        .isOne();
    return recordNo;
  }

  /** Claims (unless assigned) and submits the task's form as {@code user}, as Tasklist does. */
  private void completeAs(String user, ProcessInstance pi, String key, Map<String, Object> values) {
    Task task = task(pi, key);
    as(
        user,
        () -> {
          if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user);
          }
          formService.submitTaskForm(task.getId(), values);
          return null;
        });
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    return AsUser.of(identityService, user).call(action);
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private String timeline(String user, String recordNo, int expected) throws Exception {
    return mvc.perform(
            get("/api/direct-report/candidates/" + recordNo + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(user)))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private boolean listed(String user, String recordNo) throws Exception {
    String body =
        mvc.perform(
                get("/api/direct-report/candidates?q=" + recordNo + "&size=200")
                    .header(HttpHeaders.AUTHORIZATION, HttpApi.basic(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonPath.<List<String>>read(body, "$[*].recordNo").contains(recordNo);
  }

  private static Map<String, Object> registration() {
    Map<String, Object> v = new HashMap<>();
    v.put("candidateName", "陈晓东");
    v.put("gender", "MALE");
    v.put("birthDate", "1998-05-01");
    v.put("applicationDate", LocalDate.now(TestClock.ZONE).minusDays(3).toString());
    return v;
  }

  private static Map<String, Object> talk() {
    return Map.of(
        "talkDate",
        LocalDate.now(TestClock.ZONE).toString(),
        "talker",
        "李红",
        "talkRecord",
        "了解入党动机，对党的认识较为端正。");
  }

  private HttpApi.Response startRegistration(String user, Map<String, Object> values) {
    return engineRest.start(user, KEY, values);
  }

  private HttpApi.Response submitTask(String user, String taskId, Map<String, Object> values) {
    return engineRest.submit(user, taskId, values);
  }

  private HttpApi.Response claim(String user, String taskId) {
    return engineRest.claim(user, taskId);
  }

  private List<String> taskIds(String user, String query) {
    return engineRest.ids(user, "/engine-rest/task" + query);
  }

  private List<String> processInstanceIds(String user) {
    return engineRest.ids(user, "/engine-rest/process-instance?processDefinitionKey=" + KEY);
  }

  private List<String> list(String user, String path) {
    return engineRest.ids(user, path);
  }

  /** 404 when the record cannot even be found, else 403 with a Chinese message; never 2xx/500. */
  private static void assertRefused(HttpApi.Response response) {
    assertThat(response.status()).as(response.body()).isIn(403, 404);
    if (response.status() == 403) {
      assertThat(message(response)).isIn(NOT_YOURS, OTHER_UNIT, "您没有执行此操作的权限。");
    }
  }

  private static String message(HttpApi.Response response) {
    return EngineRest.message(response);
  }

  private ProcessInstance instance(Case c) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(c.processInstanceId())
        .singleResult();
  }

  private Task openTask(Case c) {
    return new TaskFinder(engine).single(c.processInstanceId());
  }

  private void assertStillOpen(String taskId, String assignee) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("task " + taskId + " still open").isNotNull();
    assertThat(task.getAssignee()).isEqualTo(assignee);
  }

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
  }
}
