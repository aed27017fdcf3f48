package cn.partyunion.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * For the one path test class per process ({@code <Process>ProcessTest}): the application with
 * process-test coverage recording, in a Spring context of its own shared by these classes (coverage
 * recording needs every test class of its context to take part). Each class must reach 100%
 * flow-node and sequence-flow coverage of the process it runs ({@link CoverageRules}); reports go
 * to {@code target/process-test-coverage/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {"camunda.bpm.job-execution.enabled=false", "partyunion.demo.history=false"})
@AutoConfigureMockMvc
@Import({ProcessEngineCoverageConfiguration.class, CoverageRules.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessCoverageTest {}
