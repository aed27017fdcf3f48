package cn.partyunion.workflow.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.testkit.AuditRows;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every audited action leaves exactly one audit row with who, from where, what and the outcome
 * (issue 16), over real HTTP: logins (webapps, HTTP Basic on /engine-rest and /api, right and
 * wrong), logout, full ID numbers shown, exports, register changes, authorization changes and other
 * administrators' actions.
 */
@WorkflowSpringTest
class AuditTrailTest {

  private static final String LOCAL = "127.0.0.1";

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @Test
  void aWebappsLoginAndLogoutLeaveOneRowEach() {
    AuditRows rows = AuditRows.since(jdbc);
    WebappSession session = WebappSession.login(port, "hhoffice01");
    Map<String, Object> login = rows.only("LOGIN");
    assertThat(login)
        .containsEntry("user_id", "hhoffice01")
        .containsEntry("client_address", LOCAL)
        .containsEntry("action", "POST /camunda/api/admin/auth/user/default/login/tasklist")
        .containsEntry("outcome", "SUCCESS");
    assertThat(
            (LocalDateTime)
                jdbc.queryForObject(
                    "SELECT occurred_at FROM audit_event WHERE id = ?",
                    LocalDateTime.class,
                    login.get("id")))
        .isNotNull();

    AuditRows afterLogin = AuditRows.since(jdbc);
    session.call("POST", "/api/admin/auth/user/default/logout", null);
    assertThat(afterLogin.only("LOGOUT"))
        .containsEntry("user_id", "hhoffice01")
        .containsEntry("client_address", LOCAL)
        .containsEntry("outcome", "SUCCESS");
  }

  @Test
  void aWrongPasswordLeavesOneFailedLogin() {
    AuditRows rows = AuditRows.since(jdbc);
    try {
      assertThat(new WebappSession(port).login("tasklist", "hhdeputy01", "wrong")).isEqualTo(401);
      assertThat(rows.only("LOGIN"))
          .containsEntry("user_id", "hhdeputy01")
          .containsEntry("client_address", LOCAL)
          .containsEntry("outcome", "FAILURE");
    } finally {
      identityService.unlockUser("hhdeputy01");
    }
  }

  @Test
  void everyHttpBasicCallIsOneLogin() {
    AuditRows rows = AuditRows.since(jdbc);
    assertThat(new HttpApi(port, "/engine-rest").call("GET", "hhunit01", "/task", null).status())
        .isEqualTo(200);
    assertThat(rows.only("LOGIN"))
        .containsEntry("user_id", "hhunit01")
        .containsEntry("action", "GET /engine-rest/task")
        .containsEntry("outcome", "SUCCESS");

    AuditRows api = AuditRows.since(jdbc);
    assertThat(new HttpApi(port, "").call("GET", "hhunit01", "/api/workbench/me", null).status())
        .isEqualTo(200);
    assertThat(api.only("LOGIN")).containsEntry("action", "GET /api/workbench/me");
  }

  @Test
  void aFullIdNumberShownToTheOrganizationDepartmentIsOneRowMaskedOnesNone() {
    String recordNo = nominateAsEnt01();
    HttpApi api = new HttpApi(port, "");

    AuditRows masked = AuditRows.since(jdbc);
    assertThat(api.call("GET", "ent01", "/api/direct-report/candidates/" + recordNo, null).status())
        .isEqualTo(200);
    assertThat(masked.of("ID_NUMBER_VIEW")).isEmpty();

    AuditRows full = AuditRows.since(jdbc);
    HttpApi.Response record =
        api.call("GET", "orgdept01", "/api/direct-report/candidates/" + recordNo, null);
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.json().get("idNumber").asText()).doesNotContain("*");
    assertThat(full.only("ID_NUMBER_VIEW"))
        .containsEntry("user_id", "orgdept01")
        .containsEntry("client_address", LOCAL)
        .containsEntry("action", "GET /api/direct-report/candidates/" + recordNo)
        .containsEntry("target", "1 条：" + recordNo)
        .containsEntry("outcome", "SUCCESS");

    AuditRows list = AuditRows.since(jdbc);
    assertThat(
            api.call("GET", "orgdept01", "/api/direct-report/candidates?q=" + recordNo, null)
                .status())
        .isEqualTo(200);
    assertThat(list.only("ID_NUMBER_VIEW").get("target").toString()).contains(recordNo);
  }

  @Test
  void anExportIsOneRowWithItsFilters() {
    AuditRows rows = AuditRows.since(jdbc);
    assertThat(
            new HttpApi(port, "")
                .call(
                    "GET", "orgdept01", "/api/direct-report/candidates.xlsx?status=REJECTED", null)
                .status())
        .isEqualTo(200);
    assertThat(rows.only("EXPORT"))
        .containsEntry("user_id", "orgdept01")
        .containsEntry("action", "GET /api/direct-report/candidates.xlsx")
        .containsEntry("target", "status=REJECTED")
        .containsEntry("outcome", "SUCCESS");
    assertThat(rows.of("ID_NUMBER_VIEW")).isEmpty();
  }

  @Test
  void aRegisterChangeIsOneRowAlsoWhenRefused() {
    String chair =
        """
        {"chairId":"audit1","name":"测试主席","enterpriseName":"江阴审计测试有限公司","townUnitCode":"jytown08",
         "unionMembers":50,"standaloneUnion":false,"directlyUnderTown":true,"onPublicPayroll":false,
         "inOffice":true,"officeStart":"1960-01-01","officeEnd":"1960-03-31"}""";
    HttpApi api = new HttpApi(port, "");
    AuditRows rows = AuditRows.since(jdbc);
    assertThat(api.call("POST", "jycity01", "/api/chair-stipend/chairs", chair).status())
        .isEqualTo(200);
    assertThat(rows.only("REGISTER_CHANGE"))
        .containsEntry("user_id", "jycity01")
        .containsEntry("action", "POST /api/chair-stipend/chairs")
        .containsEntry("outcome", "SUCCESS");

    AuditRows refused = AuditRows.since(jdbc);
    assertThat(api.call("POST", "jytown08", "/api/chair-stipend/chairs", chair).status())
        .isEqualTo(403);
    assertThat(refused.only("REGISTER_CHANGE"))
        .containsEntry("user_id", "jytown08")
        .containsEntry("outcome", "FAILURE");
  }

  @Test
  void anAuthorizationChangeAndAUserCreatedAreOneRowEach() {
    HttpApi rest = new HttpApi(port, "/engine-rest");
    AuditRows rows = AuditRows.since(jdbc);
    HttpApi.Response created =
        rest.call(
            "POST",
            "secadmin01",
            "/authorization/create",
            "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"hhunit02\",\"groupId\":null,"
                + "\"resourceType\":6,\"resourceId\":\"auditTestProcess\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    Map<String, Object> change = rows.only("AUTHORIZATION_CHANGE");
    assertThat(change)
        .containsEntry("user_id", "secadmin01")
        .containsEntry("client_address", LOCAL)
        .containsEntry("outcome", "SUCCESS");
    assertThat(change.get("action").toString()).isEqualTo("Create Authorization");
    assertThat(change.get("target").toString()).contains("hhunit02").contains("auditTestProcess");

    AuditRows deleted = AuditRows.since(jdbc);
    String id = created.json().get("id").asText();
    assertThat(rest.call("DELETE", "secadmin01", "/authorization/" + id, null).status())
        .isEqualTo(204);
    assertThat(deleted.only("AUTHORIZATION_CHANGE").get("action"))
        .isEqualTo("Delete Authorization");

    AuditRows user = AuditRows.since(jdbc);
    String userId = "audituser" + System.nanoTime() % 100000;
    assertThat(
            rest.call(
                    "POST",
                    "sysadmin01",
                    "/user/create",
                    "{\"profile\":{\"id\":\""
                        + userId
                        + "\",\"firstName\":\"一\",\"lastName\":\"测试\"},"
                        + "\"credentials\":{\"password\":\"Xy7-audit-pass\"}}")
                .status())
        .isEqualTo(204);
    try {
      assertThat(user.only("ADMIN_ACTION"))
          .containsEntry("user_id", "sysadmin01")
          .containsEntry("action", "Create User")
          .containsEntry("outcome", "SUCCESS");
    } finally {
      identityService.deleteUser(userId);
    }
  }

  private String nominateAsEnt01() {
    Map<String, Object> values = Nominations.valid();
    values.put("idNumber", IdNumbers.unique());
    values.put("birthDate", birthDateOf(values.get("idNumber").toString()));
    HttpApi.Response started =
        new HttpApi(port, "/engine-rest")
            .call(
                "POST",
                "ent01",
                "/process-definition/key/directReport/submit-form",
                RestForms.json(Map.of("variables", RestForms.typed(values, "String"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return jdbc.queryForObject(
        "SELECT record_no FROM dr_candidate WHERE process_instance_id = ?",
        String.class,
        started.json().get("id").asText());
  }

  private static String birthDateOf(String idNumber) {
    return idNumber.substring(6, 10)
        + "-"
        + idNumber.substring(10, 12)
        + "-"
        + idNumber.substring(12, 14);
  }
}
