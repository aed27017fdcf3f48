package cn.partyunion.workflow.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The baseline of the cold-start benchmark, run in a JVM of its own: a plain Camunda engine on a
 * fresh in-memory H2 database (schema created, history full, the start → user task → end model
 * deployed and one instance started), then prints {@link #READY} and exits.
 */
public final class RawEngineBoot {

  /** The line printed once the engine has deployed and started its first instance. */
  public static final String READY = "raw engine ready";

  private RawEngineBoot() {}

  /** Boots the raw engine and exits. */
  public static void main(String[] args) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:rawboot;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "raw.bpmn",
            Bpmn.createExecutableProcess(RawEngine.PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask()
                .endEvent()
                .done())
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey(RawEngine.PROCESS_KEY);
    System.out.println(READY);
    engine.close();
  }
}
