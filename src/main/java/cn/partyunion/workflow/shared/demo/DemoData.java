package cn.partyunion.workflow.shared.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The demo profile's data, loaded here and only here, never as Flyway versions: the schema's
 * history then holds no demo migration, and a database that once ran with {@code demo} still starts
 * without it. Real reference data (Jiangyin's town unions, Honghe's counties) is not demo data: it
 * is in {@code db/migration}.
 *
 * <p>Two steps, each idempotent, so that a restart on a persistent database adds nothing twice:
 *
 * <ol>
 *   <li><b>Rows</b>, right after every Flyway migration (a Flyway callback, before any bean or
 *       runner reads the tables): the scripts {@value #SCRIPTS} in file-name order, written as
 *       insert-if-absent — demo parks, chains, liaisons, officers and enterprises, Honghe's demo
 *       member units. The registers' demo steps then provision the groups, tenants and logins of
 *       these rows through the register services.
 *   <li><b>Identities</b>, as the last application runner (after every role set-up): each {@link
 *       DemoStep} that is not {@link DemoStep#history history}, in its declared {@code @Order}, all
 *       with the one demo password {@code partyunion.demo.password}. Until they are done (a few
 *       seconds), {@link DemoLoadingGate} answers every request with 503.
 *   <li><b>Generated history</b> ({@link DemoHistory}, about a minute): the history steps in their
 *       order on one background thread ({@code demo-history}), while the application already
 *       answers — the loading thread alone moves its engine clock ({@link DemoHistoryClock}), each
 *       case commits once in its final state. The job executor starts when the history is complete
 *       ({@link DemoJobExecutorStart}), so that no job runs behind the loader's back.
 * </ol>
 */
@Component
@Profile("demo")
public class DemoData implements Callback, ApplicationRunner, Ordered {

  /** The demo row scripts, run in file-name order. */
  public static final String SCRIPTS = "classpath*:db/demo/*.sql";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final ObjectProvider<DemoStep> steps;
  private final String password;
  private final DemoLoadingGate gate;
  private final DemoJobExecutorStart jobExecutorStart;
  private final CompletableFuture<Void> history = new CompletableFuture<>();

  public DemoData(
      ObjectProvider<DemoStep> steps,
      @Value("${partyunion.demo.password}") String password,
      DemoLoadingGate gate,
      DemoJobExecutorStart jobExecutorStart) {
    this.steps = steps;
    this.password = password;
    this.gate = gate;
    this.jobExecutorStart = jobExecutorStart;
  }

  /**
   * Completes once the demo history is loaded (or its loading failed: exceptionally, the error is
   * in the log); the job executor starts right after, whatever happened.
   */
  public CompletableFuture<Void> history() {
    return history;
  }

  /** The demo row scripts in the order they run. */
  public static List<Resource> scripts() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SCRIPTS))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + SCRIPTS, e);
    }
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    for (Resource script : scripts()) {
      ScriptUtils.executeSqlScript(
          context.getConnection(), new EncodedResource(script, StandardCharsets.UTF_8));
    }
  }

  @Override
  public String getCallbackName() {
    return "demoData";
  }

  @Override
  public void run(ApplicationArguments args) {
    List<DemoStep> ordered = steps.orderedStream().toList();
    try {
      ordered.stream().filter(step -> !step.history()).forEach(step -> step.create(password));
    } finally {
      gate.open();
    }
    Thread loader =
        new Thread(
            () -> {
              try {
                ordered.stream().filter(DemoStep::history).forEach(step -> step.create(password));
                history.complete(null);
              } catch (RuntimeException e) {
                LOG.error("Demo history could not be loaded", e);
                history.completeExceptionally(e);
              } finally {
                jobExecutorStart.start();
              }
            },
            "demo-history");
    loader.setDaemon(true);
    loader.start();
  }

  /** As a runner: the last one, after every role set-up. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
