package cn.partyunion.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process-test coverage rules for {@link ProcessCoverageTest} classes: each must cover 100% of the
 * flow nodes and sequence flows of the process it runs.
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageRules {

  @Bean
  @Primary
  ProcessEngineCoverageProperties coverageRules() {
    return ProcessEngineCoverageProperties.builder()
        .handleTestMethodCoverage(false)
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
