package cn.partyunion.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process-test coverage rules: the test classes named {@code *ProcessTest} (one per process,
 * walking every path of it) must each cover 100% of the flow nodes and sequence flows of the
 * process they run. Reports go to {@code target/process-test-coverage/}.
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageRules {

  @Bean
  @Primary
  ProcessEngineCoverageProperties coverageRules() {
    return ProcessEngineCoverageProperties.builder()
        .handleTestMethodCoverage(false)
        .addInclusionPatternForTestClasses(".*ProcessTest")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
