package cn.partyunion.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process-test coverage rules: the test classes named {@code *ProcessTest} (one per process,
 * walking every path of it) must each cover 100% of the flow nodes and sequence flows of the
 * process they run. Reports go to {@code target/process-test-coverage/}. Class names are matched
 * with Spring's simple {@code *} wildcards ({@code PatternMatchUtils}), not regular expressions.
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageRules {

  @Bean
  @Primary
  ProcessEngineCoverageProperties coverageRules() {
    return ProcessEngineCoverageProperties.builder()
        .handleTestMethodCoverage(false)
        .addInclusionPatternForTestClasses("*ProcessTest")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  /**
   * The coverage parse listener is on for the whole shared engine, but only {@code *ProcessTest}
   * classes give it a collector: until the first of them runs, a process started by any other
   * test class would fail with "Coverage state must be initialized". This collector records
   * those untracked executions and is never reported.
   */
  @Bean
  ApplicationRunner untrackedCoverageState(ProcessEngine processEngine) {
    return args -> {
      DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
      collector.createSuite(new Suite("untracked", "untracked"));
      collector.activateSuite("untracked");
      collector.createRun(new Run("untracked", "untracked"), "untracked");
      collector.activateRun("untracked");
      new ProcessEngineAdapter(processEngine, collector).initializeListeners();
    };
  }
}
