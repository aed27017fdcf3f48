package cn.partyunion.workflow;

import cn.partyunion.workflow.benchmark.StatementCounter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test context every integration test shares (started once per test run): the whole
 * application on the active profile's database (H2 by default, MariaDB in CI's second pass) with
 * demo data, on a random port: {@link HttpApi} for real HTTP calls (inject the port with
 * {@code @LocalServerPort}), MockMvc for Spring MVC controllers. The job executor is off: tests run
 * due jobs themselves ({@code ManagementService#executeJob}). Do not add {@code @MockBean},
 * {@code @DirtiesContext} or other context-changing annotations to test classes: they would start a
 * second context. Tests must create their own data and never assume an empty database (the MariaDB
 * pass shares one database across all classes). Process path tests use {@link ProcessCoverageTest}
 * instead. The data source counts SQL statements while a benchmark switches {@link
 * StatementCounter} on (otherwise it only forwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "partyunion.demo.history=false"})
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public @interface WorkflowSpringTest {}
