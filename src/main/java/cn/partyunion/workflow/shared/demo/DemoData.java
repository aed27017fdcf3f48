package cn.partyunion.workflow.shared.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
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
 *   <li><b>Identities and generated records</b>, as the last application runner (after every role
 *       set-up): each {@link DemoStep} in its declared {@code @Order}, all with the one demo
 *       password {@code partyunion.demo.password}. Until they are done, {@link DemoLoadingGate}
 *       answers every request with 503.
 * </ol>
 */
@Component
@Profile("demo")
public class DemoData implements Callback, ApplicationRunner, Ordered {

  /** The demo row scripts, run in file-name order. */
  public static final String SCRIPTS = "classpath*:db/demo/*.sql";

  private final ObjectProvider<DemoStep> steps;
  private final String password;
  private final DemoLoadingGate gate;

  public DemoData(
      ObjectProvider<DemoStep> steps,
      @Value("${partyunion.demo.password}") String password,
      DemoLoadingGate gate) {
    this.steps = steps;
    this.password = password;
    this.gate = gate;
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
    try {
      steps.orderedStream().forEach(step -> step.create(password));
    } finally {
      gate.open();
    }
  }

  /** As a runner: the last one, after every role set-up. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
