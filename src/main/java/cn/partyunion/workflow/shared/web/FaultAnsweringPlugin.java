package cn.partyunion.workflow.shared.web;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Around every outermost engine command, outside its transaction (a custom pre-command
 * interceptor): a command that the database made a deadlock victim runs once more in a new
 * transaction (the victim's work was rolled back entirely); a second deadlock, an
 * optimistic-locking conflict, a task completed meanwhile (it is in the history, ended) and an
 * unreachable database are remembered as the request's {@link UserFacingError} ({@link Faults}: 409
 * / 503), so that {@code UserFacingErrorFilter} answers {@code /engine-rest} and the webapps' calls
 * with the Chinese message instead of the engine's 500. A nested command (inside another command or
 * a Spring transaction) is never retried: the transaction it joins is lost already.
 */
@Component
public class FaultAnsweringPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FaultAnsweringPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(0, new Answering(configuration::getHistoryService));
  }

  /** The interceptor (package-visible for its test). */
  static final class Answering extends CommandInterceptor {

    /** The engine's text for a task that is not there ({@code NullValueException}). */
    private static final Pattern MISSING_TASK =
        Pattern.compile("Cannot find task with id ([^\\s:]+)");

    private final Supplier<HistoryService> history;

    Answering(Supplier<HistoryService> history) {
      this.history = history;
    }

    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost =
          Context.getCommandContext() == null
              && !TransactionSynchronizationManager.isActualTransactionActive();
      try {
        return next.execute(command);
      } catch (RuntimeException first) {
        Optional<Faults.Kind> kind = Faults.classify(first);
        if (outermost && kind.equals(Optional.of(Faults.Kind.DEADLOCK))) {
          LOG.info("{} was a deadlock victim; running it once more", name(command));
          try {
            return next.execute(command);
          } catch (RuntimeException second) {
            remember(Faults.classify(second));
            throw second;
          }
        }
        if (outermost && kind.isEmpty() && completedMeanwhile(first)) {
          kind = Optional.of(Faults.Kind.TAKEN);
        }
        remember(kind);
        throw first;
      }
    }

    /** A "task is null" for a task that existed and has ended: a colleague completed it. */
    private boolean completedMeanwhile(RuntimeException failure) {
      if (!(failure instanceof NullValueException) || failure.getMessage() == null) {
        return false;
      }
      Matcher missing = MISSING_TASK.matcher(failure.getMessage());
      return missing.find()
          && history
                  .get()
                  .createHistoricTaskInstanceQuery()
                  .taskId(missing.group(1))
                  .finished()
                  .count()
              > 0;
    }

    private static void remember(Optional<Faults.Kind> kind) {
      kind.ifPresent(k -> UserFacingError.remember(k.status(), k.type(), k.message()));
    }

    private static String name(Command<?> command) {
      return command.getClass().getSimpleName();
    }
  }
}
