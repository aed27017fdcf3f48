package cn.partyunion.workflow.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup (removal-time based, window 01:00–05:00): every deployed model has a history
 * time-to-live, and the cleanup job removes an ended instance's history once its time-to-live has
 * passed, keeping one still within it.
 */
@WorkflowSpringTest
class HistoryCleanupTest {

  @Autowired ProcessEngine engine;
  @RegisterExtension final TestClock clock = new TestClock();

  @Test
  void everyDeployedModelHasAHistoryTimeToLive() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty()
        .allSatisfy(
            definition ->
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isPositive());
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
        .allSatisfy(
            definition ->
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isPositive());
  }

  @Test
  void theCleanupRemovesEndedInstancesPastTheirTimeToLive() {
    var model = Bpmn.createExecutableProcess("historyCleanupProbe").startEvent().endEvent().done();
    model.<Process>getModelElementById("historyCleanupProbe").setCamundaHistoryTimeToLive(1);
    Deployment deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance("historyCleanupProbe.bpmn", model)
            .deploy();
    try {
      clock.set(LocalDateTime.of(2030, 3, 1, 10, 0));
      ProcessInstance old =
          engine.getRuntimeService().startProcessInstanceByKey("historyCleanupProbe");
      clock.set(LocalDateTime.of(2030, 3, 2, 9, 0));
      ProcessInstance recent =
          engine.getRuntimeService().startProcessInstanceByKey("historyCleanupProbe");

      clock.set(LocalDateTime.of(2030, 3, 2, 11, 0)); // the first's time-to-live has passed
      Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
      engine.getManagementService().executeJob(cleanup.getId());

      assertThat(historic(old.getId())).as("past its time-to-live").isZero();
      assertThat(historic(recent.getId())).as("within its time-to-live").isOne();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  private long historic(String processInstanceId) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .count();
  }
}
