package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.shared.testkit.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.partyunion.workflow.ProcessCoverageTest;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code enterpriseDesignation} (DOMAIN §7, 100% flow nodes and sequence flows): a
 * year in which the park and the chain committee recommend on time and the double-recommended
 * enterprise is designated and provisioned while the one-side-only one is refused; and a year with
 * reminder, yellow light, a late recommendation by one side only, the missing committees closed
 * red, and no designatable enterprise.
 */
@ProcessCoverageTest
class EnterpriseDesignationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DesignationRegister register;
  @Autowired IdentityService identityService;
  @RegisterExtension final TestClock clock = new TestClock();
  DesignationFixture fixture;
  int year;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixture = new DesignationFixture(engine, jdbc);
    year = fixture.freeYear();
    clock.set(LocalDateTime.of(year, 1, 5, 9, 0));
  }

  @Test
  void designatesTheDoubleRecommendedEnterpriseAndProvisionsItsChannel() {
    String both = fixture.enterprise(1, true);
    String parkOnly = fixture.enterprise(2, true);
    String plain = fixture.plainEnterprise(3);
    ProcessInstance pi = fixture.start(year, LocalDate.of(year, 1, 31));

    assertThat(pi).isWaitingAt(EnterpriseDesignationModel.TASK_RECOMMEND);
    Task parkTask = fixture.recommendationTask(pi, fixture.park);
    assertThat(parkTask.getName()).isEqualTo("推荐直报企业：认定园区" + fixture.park.substring(2) + "党工委");
    assertThat(parkTask.getDueDate()).isEqualTo(TestClock.date(LocalDateTime.of(year, 2, 1, 0, 0)));
    assertThat(engine.getTaskService().getVariableLocal(parkTask.getId(), "enterpriseOptions"))
        .asString()
        .contains(both, parkOnly)
        .doesNotContain(plain);

    // refusals leave the task open and store nothing
    assertRefused(
        () -> fixture.recommend(pi, fixture.park, List.of(plain), DesignationFixture.REASON),
        fixture.name(plain) + " 不属于规模以上、高新技术或专精特新企业，不能推荐为直报企业。");
    assertRefused(
        () -> fixture.recommend(pi, fixture.park, List.of("ent01"), DesignationFixture.REASON),
        "企业 ent01 不是本单位登记的企业，不能由本单位推荐。");
    assertRefused(
        () -> fixture.recommend(pi, fixture.park, List.of(both), "太短"), "请填写推荐理由（至少 10 个字）。");

    fixture.recommend(pi, fixture.park, List.of(both, parkOnly), DesignationFixture.REASON);
    fixture.recommend(pi, fixture.chain, List.of(both), DesignationFixture.REASON);
    assertThat(fixture.committeeStatus(year, fixture.park)).isEqualTo("DONE/NONE");
    fixture.othersRecommendNone(pi);

    assertThat(pi).hasPassed("Gateway_RecommendationsClosed");
    fixture.jobs.execute(pi.getId(), EnterpriseDesignationModel.TASK_CLOSE_RECOMMENDATIONS);
    assertThat(pi).isWaitingAt(EnterpriseDesignationModel.TASK_CONFIRM_BATCH);
    assertThat(fixture.runtime.getVariable(pi.getId(), "recommendedCount")).isEqualTo(1);
    assertThat(fixture.runtime.getVariable(pi.getId(), "recommendedOptions"))
        .asString()
        .contains("园区、产业链双推荐", "首席服务员 首席服务员")
        .doesNotContain(parkOnly);

    Task confirm = fixture.finder.single(pi.getId());
    assertRefused(
        () ->
            fixture.tasks.complete(
                confirm.getId(), Map.of("designatedEnterprises", List.of(both, parkOnly))),
        fixture.name(parkOnly) + " 未获开发园区党工委和产业链党委双推荐，不能认定为直报企业。");
    assertThat(register.mayNominate(both, year)).isFalse();
    fixture.tasks.complete(confirm.getId(), Map.of("designatedEnterprises", List.of(both)));

    assertThat(pi).hasPassed(EnterpriseDesignationModel.TASK_DESIGNATE_BATCH).isEnded();
    assertThat(register.mayNominate(both, year)).isTrue();
    assertThat(register.mayNominate(parkOnly, year)).isFalse();
    assertThat(register.mayNominate(both, year + 5)).as("in force until a later batch").isTrue();
    assertThat(identityService.createTenantQuery().tenantId(both).groupMember(fixture.park).count())
        .isEqualTo(1);
    assertThat(identityService.createTenantQuery().tenantId(both).userMember("liaison01").count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("ent01").memberOfGroup(both).count())
        .as("the contact's login joins the enterprise's group")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM ed_batch WHERE batch_year = ?", String.class, year))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void remindsFlagsMarksTheLateSideAndClosesTheMissingCommitteesRed() {
    String enterprise = fixture.enterprise(1, true);
    ProcessInstance pi = fixture.start(year, LocalDate.of(year, 1, 20));
    assertRefused(
        () -> fixture.start(year, LocalDate.of(year, 1, 20)), year + " 年度的直报企业认定已经开启，不能重复开启。");

    clock.set(LocalDateTime.of(year, 1, 18, 9, 0));
    fixture.jobs.execute(pi.getId(), EnterpriseDesignationModel.TIMER_REMINDER);
    assertThat(pi).hasPassed(EnterpriseDesignationModel.TASK_REMIND_COMMITTEES);
    assertThat(fixture.committeeStatus(year, fixture.chain)).isEqualTo("OPEN/REMINDED");

    clock.set(LocalDateTime.of(year, 1, 22, 9, 0));
    fixture.jobs.execute(pi.getId(), EnterpriseDesignationModel.TIMER_OVERDUE);
    assertThat(pi).hasPassed(EnterpriseDesignationModel.TASK_FLAG_OVERDUE_COMMITTEES);
    assertThat(fixture.committeeStatus(year, fixture.chain)).isEqualTo("OPEN/YELLOW");

    fixture.recommend(pi, fixture.park, List.of(enterprise), DesignationFixture.REASON);
    assertThat(fixture.committeeStatus(year, fixture.park)).isEqualTo("LATE/YELLOW");
    assertThat(
            jdbc.queryForObject(
                "SELECT late FROM ed_recommendation WHERE batch_year = ? AND enterprise_code = ?",
                Boolean.class,
                year,
                enterprise))
        .isTrue();

    clock.set(LocalDateTime.of(year, 1, 29, 9, 0));
    fixture.jobs.execute(pi.getId(), EnterpriseDesignationModel.TIMER_CLOSED);
    fixture.jobs.execute(pi.getId(), EnterpriseDesignationModel.TASK_CLOSE_RECOMMENDATIONS);
    assertThat(fixture.committeeStatus(year, fixture.chain)).isEqualTo("MISSED/RED");
    assertThat(pi)
        .hasPassed(EnterpriseDesignationModel.END_NONE_RECOMMENDED)
        .hasNotPassed(EnterpriseDesignationModel.TASK_CONFIRM_BATCH)
        .isEnded();
    assertThat(register.mayNominate(enterprise, year)).isFalse();
  }
}
