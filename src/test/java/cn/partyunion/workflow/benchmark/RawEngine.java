package cn.partyunion.workflow.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline of the engine benchmarks: a plain Camunda engine in the same JVM, with Camunda's
 * defaults but history {@code full} (as the application was configured before issue 12), no
 * authorization, no plugins, on a database of its own on the same server ({@code <db>_raw} on
 * MySQL/MariaDB, an in-memory H2 database otherwise; its statements are counted like the
 * application's), running the trivial model start → user task → end.
 */
public final class RawEngine implements AutoCloseable {

  static final String PROCESS_KEY = "rawTrivial";
  private static final Pattern MYSQL =
      Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?");

  private final HikariDataSource pool;
  private final ProcessEngine engine;
  private final Runnable dropDatabase;

  private RawEngine(HikariDataSource pool, ProcessEngine engine, Runnable dropDatabase) {
    this.pool = pool;
    this.engine = engine;
    this.dropDatabase = dropDatabase;
  }

  /** Builds the raw engine beside the application's database ({@code spring.datasource.*}). */
  public static RawEngine start(Environment environment, JdbcTemplate applicationDatabase) {
    String url = environment.getProperty("spring.datasource.url", "");
    HikariConfig config = new HikariConfig();
    Runnable drop = () -> {};
    Matcher mysql = MYSQL.matcher(url);
    if (mysql.matches()) {
      String database = mysql.group(2) + "_raw";
      applicationDatabase.execute("DROP DATABASE IF EXISTS " + database);
      applicationDatabase.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      config.setJdbcUrl(mysql.group(1) + database + (mysql.group(3) == null ? "" : mysql.group(3)));
      config.setUsername(environment.getProperty("spring.datasource.username"));
      config.setPassword(environment.getProperty("spring.datasource.password"));
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      drop = () -> applicationDatabase.execute("DROP DATABASE IF EXISTS " + database);
    } else {
      config.setJdbcUrl("jdbc:h2:mem:rawengine;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
      config.setUsername("sa");
      config.setPassword("");
    }
    config.setMaximumPoolSize(10);
    HikariDataSource pool = new HikariDataSource(config);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("raw");
    configuration.setDataSource(StatementCounter.of(pool));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Trivial")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(PROCESS_KEY + ".bpmn", model)
        .deploy();
    return new RawEngine(pool, engine, drop);
  }

  /** Starts one instance and completes its task: two engine commands (plus the task lookup). */
  void cycle() {
    completeTaskOf(startOne());
  }

  /**
   * {@link #cycle()} with the {@link StatementCounter} on only while the two commands run (one
   * thread).
   */
  void countedCycle() {
    StatementCounter.resume();
    String pi = startOne();
    StatementCounter.pause();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    StatementCounter.resume();
    engine.getTaskService().complete(task.getId());
    StatementCounter.pause();
  }

  /** Starts one instance (one command) and returns its id. */
  public String startOne() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY).getId();
  }

  /** Completes the one open task of {@code processInstanceId} (one command after the lookup). */
  void completeTaskOf(String processInstanceId) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    engine.getTaskService().complete(task.getId());
  }

  ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
    pool.close();
    dropDatabase.run();
  }
}
