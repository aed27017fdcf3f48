package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same quarter never pays a chair twice: a second start is refused, and a payment or roster
 * step that fails after its write and is retried leaves exactly one row per chair.
 */
@WorkflowSpringTest
class ChairStipendIdempotencyTest {

  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired QuarterRoster roster;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRetriedStepWritesNothingTwice() {
    StipendFixture fx = new StipendFixture(engine, register, quarters);
    String q = "1993Q1";
    fx.eligible("idem1a", "jytown10", 250, q);
    fx.eligible("idem1b", "jytown10", 40, q);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    int rosterRows = count("cs_roster", q);
    assertThat(quarters.roster(q, null, "idem1a")).hasSize(1);

    // building the roster again (a retried job) adds no row
    transaction.executeWithoutResult(s -> roster.buildRoster(Quarter.parse(q)));
    assertThat(count("cs_roster", q)).isEqualTo(rosterRows);

    for (String chair : new String[] {"idem1a", "idem1b"}) {
      fx.selfReport(pi.getId(), chair);
      fx.assess(pi.getId(), chair, 90);
    }
    fx.checkNow(pi.getId());
    fx.approve(pi.getId(), true, null);
    Job store =
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();

    // the payment step fails after its write: the transaction keeps nothing
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s -> {
                      roster.storePayments(q, "jycity01");
                      assertThat(count("cs_payment", q)).isEqualTo(2);
                      throw new IllegalStateException("failure after the write");
                    }))
        .hasMessage("failure after the write");
    assertThat(count("cs_payment", q)).isZero();

    // the engine retries the job: one row per chair; a further retry changes nothing
    engine.getManagementService().executeJob(store.getId());
    assertThat(count("cs_payment", q)).isEqualTo(2);
    transaction.executeWithoutResult(s -> roster.storePayments(q, "jycity01"));
    assertThat(count("cs_payment", q)).isEqualTo(2);
    assertThat(quarters.payments(q, null, "idem1a"))
        .singleElement()
        .satisfies(p -> assertThat(p.quarterAmount()).isEqualByComparingTo("780"));

    // and the approved quarter cannot be started again
    Refusals.assertRefused(() -> fx.start(q), "1993Q1 的津贴发放名单已审批，同一季度不能重复发放。");
  }

  private int count(String table, String quarter) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE quarter = ?", Integer.class, quarter);
  }
}
