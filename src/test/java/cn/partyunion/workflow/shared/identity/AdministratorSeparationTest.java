package cn.partyunion.workflow.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.AuditRows;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 三权分立 over real HTTP (issue 16): the system administrator manages users and groups, the security
 * administrator authorizations, the audit administrator reads the audit trail — none does the
 * others' work or widens their own rights; {@code camunda-admin} (break-glass) does all of it,
 * audited.
 */
@WorkflowSpringTest
class AdministratorSeparationTest {

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private HttpApi rest() {
    return new HttpApi(port, "/engine-rest");
  }

  private static String newUser(String id) {
    return "{\"profile\":{\"id\":\""
        + id
        + "\",\"firstName\":\"一\",\"lastName\":\"测试\"},\"credentials\":{\"password\":\"Ab3-"
        + id
        + "\"}}";
  }

  private static String grant(String userId, String groupId) {
    return "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":"
        + (userId == null ? "null" : "\"" + userId + "\"")
        + ",\"groupId\":"
        + (groupId == null ? "null" : "\"" + groupId + "\"")
        + ",\"resourceType\":1,\"resourceId\":\"*\"}";
  }

  @Test
  void theSystemAdministratorManagesUsersButNotAuthorizations() {
    String id = "sepsys" + System.nanoTime() % 100000;
    try {
      assertThat(rest().call("POST", "sysadmin01", "/user/create", newUser(id)).status())
          .isEqualTo(204);
      assertThat(rest().call("PUT", "sysadmin01", "/group/hhunit/members/" + id, null).status())
          .isEqualTo(204);
    } finally {
      identityService.deleteUser(id);
    }
    assertThat(
            rest()
                .call("POST", "sysadmin01", "/authorization/create", grant("hhunit02", null))
                .status())
        .isEqualTo(403);
    assertThat(new HttpApi(port, "").call("GET", "sysadmin01", "/api/audit/events", null).status())
        .isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"camunda-admin", "secadmin", "auditor", "sysadmin"})
  void theSystemAdministratorDoesNotChangeTheAdministratorsGroups(String group) {
    HttpApi.Response refused =
        rest().call("PUT", "sysadmin01", "/group/" + group + "/members/hhunit04", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(AdministratorSeparationPlugin.REFUSAL);
    assertThat(identityService.createUserQuery().userId("hhunit04").memberOfGroup(group).count())
        .isZero();
  }

  @Test
  void theSystemAdministratorDoesNotResetAnotherAdministratorsPassword() {
    String body = "{\"password\":\"Xy9-takeover\",\"authenticatedUserPassword\":\"demo\"}";
    assertThat(rest().call("PUT", "sysadmin01", "/user/secadmin01/credentials", body).status())
        .isEqualTo(403);
    assertThat(identityService.checkPassword("secadmin01", HttpApi.DEMO_PASSWORD)).isTrue();
  }

  @Test
  void theSecurityAdministratorGrantsButManagesNoUser() {
    HttpApi.Response created =
        rest().call("POST", "secadmin01", "/authorization/create", grant("hhunit02", null));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(
            rest()
                .call(
                    "DELETE",
                    "secadmin01",
                    "/authorization/" + created.json().get("id").asText(),
                    null)
                .status())
        .isEqualTo(204);
    assertThat(rest().call("POST", "secadmin01", "/user/create", newUser("sepsec1")).status())
        .isEqualTo(403);
    assertThat(rest().call("PUT", "secadmin01", "/group/hhunit/members/hhunit05", null).status())
        .isEqualTo(403);
    assertThat(new HttpApi(port, "").call("GET", "secadmin01", "/api/audit/events", null).status())
        .isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"user:secadmin01", "group:secadmin", "group:sysadmin", "group:auditor"})
  void theSecurityAdministratorDoesNotWidenTheAdministratorsRights(String holder) {
    String[] parts = holder.split(":");
    String body = parts[0].equals("user") ? grant(parts[1], null) : grant(null, parts[1]);
    HttpApi.Response refused = rest().call("POST", "secadmin01", "/authorization/create", body);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(AdministratorSeparationPlugin.REFUSAL);
  }

  @Test
  void theAuditAdministratorOnlyReadsTheAuditTrail() {
    assertThat(rest().call("POST", "auditor01", "/user/create", newUser("sepaud1")).status())
        .isEqualTo(403);
    assertThat(
            rest()
                .call("POST", "auditor01", "/authorization/create", grant("hhunit02", null))
                .status())
        .isEqualTo(403);
    assertThat(rest().call("PUT", "auditor01", "/group/hhunit/members/hhunit05", null).status())
        .isEqualTo(403);
    assertThat(new HttpApi(port, "").call("GET", "auditor01", "/api/audit/events", null).status())
        .isEqualTo(200);
  }

  @Test
  void theBreakGlassAdministratorMayDoAllAndIsAudited() {
    AuditRows rows = AuditRows.since(jdbc);
    try {
      assertThat(rest().call("PUT", "admin", "/group/auditor/members/hhunit06", null).status())
          .isEqualTo(204);
      assertThat(rows.only("ADMIN_ACTION"))
          .containsEntry("user_id", "admin")
          .containsEntry("action", "Create Group membership");
    } finally {
      identityService.deleteMembership("hhunit06", "auditor");
    }
  }
}
