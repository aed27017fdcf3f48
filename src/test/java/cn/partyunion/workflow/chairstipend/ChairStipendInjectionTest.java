package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.shared.testkit.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks on the chair stipend through the engine's REST API (issue 8): a chair who rewrites the
 * facts the stipend is computed from or the town that assesses them, reports for another chair, or
 * a town union that sends a comment too long for its column or a fractional score. Each is refused
 * with a Chinese message; the task stays open and the roster unchanged.
 */
@WorkflowSpringTest
class ChairStipendInjectionTest {

  private static final String SUMMARY = "本季度组织职工技能竞赛两次，开展集体协商一次，走访困难职工五户。";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired IdentitySetup identity;
  @Autowired JdbcTemplate jdbc;
  private StipendFixture fx;
  private HttpApi rest;
  private String quarter;
  private String chair;
  private String otherChair;
  private ProcessInstance instance;

  @BeforeEach
  void quarterWithTwoChairs() {
    fx = new StipendFixture(engine, register, quarters);
    rest = new HttpApi(port, "/engine-rest");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    do {
      quarter = (1900 + random.nextInt(80)) + "Q" + (1 + random.nextInt(4));
    } while (jdbc.queryForObject(
            "SELECT COUNT(*) FROM cs_quarter WHERE quarter = ?", Integer.class, quarter)
        > 0);
    chair = "atk" + random.nextInt(1_000_000, 9_999_999);
    otherChair = chair + "b";
    for (String id : new String[] {chair, otherChair}) {
      identity.ensureUser(id, "测试", id, HttpApi.DEMO_PASSWORD);
      identity.ensureMembership(id, "jychair");
      fx.eligible(id, "jytown08", 150, quarter);
    }
    instance = fx.start(quarter);
    fx.runJobs(instance.getId());
  }

  @Test
  void aChairCannotMoveTheirAssessmentToThemselves() throws Exception {
    Task selfReport = fx.chairTask(instance.getId(), "Task_SelfReport", chair);
    assertRefused(
        submit(chair, selfReport, Map.of("dutiesSummary", SUMMARY, "townUnitCode", "jychair")),
        400,
        "townUnitCode");
    assertThat(engine.getTaskService().createTaskQuery().taskId(selfReport.getId()).count())
        .isOne();
    assertThat(fx.entry(quarter, chair).townUnitCode()).isEqualTo("jytown08");
  }

  @Test
  void aChairCannotRaiseTheirMembershipTierOrReportForAnotherChair() throws Exception {
    Task selfReport = fx.chairTask(instance.getId(), "Task_SelfReport", chair);
    assertRefused(
        submit(chair, selfReport, Map.of("dutiesSummary", SUMMARY, "chairId", otherChair)),
        400,
        "chairId");
    // read-only on the form: shown, sent back by Tasklist, never written
    assertThat(
            submit(chair, selfReport, Map.of("dutiesSummary", SUMMARY, "unionMembers", 5000))
                .status())
        .isEqualTo(204);
    Task assess = fx.chairTask(instance.getId(), "Task_Assess", chair);
    assertThat(engine.getTaskService().getVariable(assess.getId(), "unionMembers")).isEqualTo(150);
    assertThat(engine.getTaskService().getIdentityLinksForTask(assess.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly("jytown08");
    assertThat(
            rest.call(
                    "POST",
                    chair,
                    "/task/" + assess.getId() + "/claim",
                    "{\"userId\": \"" + chair + "\"}")
                .status())
        .isIn(403, 404);
    assertThat(fx.entry(quarter, otherChair).dutiesSummary()).isNull();
  }

  @Test
  void anAssessmentCommentLongerThanItsColumnIsRefusedAndTheChairIsNotStuck() throws Exception {
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    fx.selfReport(instance.getId(), chair);
    Task assess = fx.chairTask(instance.getId(), "Task_Assess", chair);
    identity.ensureUser("atktown08", "测试", "镇工会", HttpApi.DEMO_PASSWORD);
    identity.ensureMembership("atktown08", "jytown", "jytown08");
    assertRefused(
        submit("atktown08", assess, Map.of("score", 95, "comment", "好".repeat(1500))),
        400,
        "不能超过 1000 个字");
    assertRefused(submit("atktown08", assess, Map.of("score", 92.5, "comment", "履职认真")), 400, "整数");
    assertRefused(
        submit("atktown08", assess, Map.of("score", "100", "comment", "履职认真")), 400, "数字");
    assertRefused(
        submit("atktown08", assess, Map.of("score", 101, "comment", "履职认真")), 400, "0–100");
    assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).count()).isOne();
    assertThat(
            submit("atktown08", assess, Map.of("score", 95, "comment", "履职认真".repeat(250)))
                .status())
        .isEqualTo(204);
    fx.runJobs(instance.getId());
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(incidents);
    assertThat(fx.entry(quarter, chair).grade()).isEqualTo("EXCELLENT");
  }

  private HttpApi.Response submit(String user, Task task, Map<String, Object> variables) {
    return rest.call(
        "POST", user, "/task/" + task.getId() + "/submit-form", RestForms.body(variables));
  }
}
