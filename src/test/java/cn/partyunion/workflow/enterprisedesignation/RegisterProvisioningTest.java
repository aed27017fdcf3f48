package cn.partyunion.workflow.enterprisedesignation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.DirectReportModel;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.testkit.RegisterSheets;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Provisioning by the registers, over real HTTP (DOMAIN §7.3): an enterprise registered through the
 * API gets its channel and its contact's login; the contact logs in and may nominate once the
 * enterprise is designated for the current year (refused in Chinese before); a new liaison named in
 * the register gets the enterprise's open review (handed over) and its new tasks, and the old
 * liaison loses access to them.
 */
@WorkflowSpringTest
class RegisterProvisioningTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired BatchDesignation batches;
  @Autowired DesignationMapper designations;

  @Test
  void aRegisteredContactNominatesOnceDesignatedAndANewLiaisonTakesOverTheOpenAndNewTasks() {
    String s = Integer.toString(100000 + ThreadLocalRandom.current().nextInt(900000));
    HttpApi api = new HttpApi(port, "");
    HttpApi rest = new HttpApi(port, "/engine-rest");
    String park = "pp" + s;
    String oldLiaison = "pla" + s;
    String newLiaison = "plb" + s;
    String code = "pe" + s;
    String contact = "pc" + s;
    ok(
        api.call(
            "POST",
            "orgdept01",
            "/api/registers/parks",
            "{\"code\":\"%s\",\"name\":\"供给园区%s\"}".formatted(park, s)));
    ok(
        api.call(
            "POST",
            "orgdept01",
            "/api/registers/officers",
            "{\"code\":\"po%s\",\"name\":\"周志明\",\"unit\":\"区科学技术局\"}".formatted(s)));
    for (String liaison : List.of(oldLiaison, newLiaison)) {
      ok(
          api.call(
              "POST",
              "orgdept01",
              "/api/registers/liaisons",
              "{\"userId\":\"%s\",\"name\":\"陈玉兰\",\"unit\":\"学田街道党工委\"}".formatted(liaison)));
    }
    Map<String, Object> enterprise =
        new java.util.HashMap<>(
            Map.of(
                "code",
                code,
                "name",
                "南通供给测试有限公司" + s,
                "creditCode",
                RegisterSheets.creditCode(),
                "industry",
                "新材料",
                "parkCode",
                park,
                "highTech",
                true,
                "liaisonId",
                oldLiaison,
                "officerCode",
                "po" + s,
                "contactId",
                contact,
                "contactName",
                "吴建华"));
    HttpApi.Response created =
        api.call("POST", "orgdept01", "/api/registers/enterprises", RestForms.json(enterprise));
    ok(created);
    assertThat(created.json().path("logins").get(0).path("userId").asText()).isEqualTo(contact);

    // registered, not designated: the contact logs in and is refused with the designation's reason
    HttpApi.Response refused = nominate(rest, contact);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("不在本年度直报企业批次内");

    int year = EngineClock.today().getYear();
    batches.designate(year, designations.findEnterprises(List.of(code)), Map.of(), "orgdept01");
    HttpApi.Response first = nominate(rest, contact);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Task firstReview = review(first.json().path("id").asText());
    assertThat(firstReview.getAssignee()).isEqualTo(oldLiaison);
    assertThat(visibleTasks(rest, oldLiaison)).contains(firstReview.getId());

    enterprise.put("liaisonId", newLiaison);
    ok(
        api.call(
            "PUT", "orgdept01", "/api/registers/enterprises/" + code, RestForms.json(enterprise)));
    assertThat(identityService.createTenantQuery().tenantId(code).userMember(oldLiaison).count())
        .as("the old liaison leaves the enterprise's tenant")
        .isZero();
    Task handedOver = review(first.json().path("id").asText());
    assertThat(handedOver.getAssignee())
        .as("the open review goes to the new liaison")
        .isEqualTo(newLiaison);
    assertThat(visibleTasks(rest, newLiaison)).contains(firstReview.getId());
    assertThat(
            runtimeService.getVariable(
                first.json().path("id").asText(), DirectReportModel.LIAISON_ID))
        .isEqualTo(newLiaison);
    HttpApi.Response second = nominate(rest, contact);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    Task secondReview = review(second.json().path("id").asText());
    assertThat(secondReview.getAssignee()).isEqualTo(newLiaison);
    assertThat(visibleTasks(rest, newLiaison)).contains(secondReview.getId());
    assertThat(visibleTasks(rest, oldLiaison))
        .as("the replaced liaison sees none of the enterprise's tasks")
        .doesNotContain(secondReview.getId(), firstReview.getId());
  }

  private static void ok(HttpApi.Response answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private static HttpApi.Response nominate(HttpApi rest, String contact) {
    return rest.call(
        "POST",
        contact,
        "/process-definition/key/directReport/submit-form",
        RestForms.json(Map.of("variables", RestForms.typed(Nominations.valid(), "String"))));
  }

  private Task review(String processInstanceId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(DirectReportModel.TASK_LIAISON_REVIEW)
        .singleResult();
  }

  private static List<String> visibleTasks(HttpApi rest, String user) {
    HttpApi.Response tasks =
        rest.call("GET", user, "/task?processDefinitionKey=directReport&maxResults=500", null);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    return tasks.json().findValuesAsText("id");
  }
}
