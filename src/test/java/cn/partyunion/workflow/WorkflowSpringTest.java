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
 * The one Spring test context every integration test shares (started once per test run): the
 * whole application on the active profile's database (H2 by default, MariaDB in CI's second
 * pass) with demo data, MockMvc for HTTP calls, and process-test coverage recording. The job
 * executor is off: tests run due jobs themselves ({@code ManagementService#executeJob}). Do not add
 * {@code @MockBean}, {@code @DirtiesContext} or other context-changing annotations to test
 * classes: they would start a second context. Tests must create their own data and never
 * assume an empty database (the MariaDB pass shares one database across all classes).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@Import({ProcessEngineCoverageConfiguration.class, CoverageRules.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface WorkflowSpringTest {}
