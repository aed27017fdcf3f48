package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs the engine's refusals as what they are — a user's mistake or a refused access, not a server
 * failure: one INFO line without a stack trace, "Refused (validation|tenant|authorization)
 * &lt;command&gt; for &lt;user&gt;: &lt;message&gt;", on this class's logger.
 *
 * <p>The engine's command context logs every exception that ends a command ("ENGINE-16004 Exception
 * while closing command context", logger {@code org.camunda.bpm.engine.context}): {@code
 * BadUserRequestException} and {@link AuthorizationException} at DEBUG, anything else at ERROR with
 * the stack trace — also a {@link FormValidationException} or an {@link AuthorizationException}
 * that a task listener threw (the engine wraps it, ENGINE-03051) and the tenant check's plain
 * {@link ProcessEngineException} (ENGINE-13034, turned into a 403 by {@link RefusalInterceptor}
 * only after the command). The engine decides in the protected {@code
 * CommandContext#shouldLogInfo}/{@code #shouldLogFine}; this plugin installs a {@link
 * CommandContextFactory} whose contexts count such refusals (found anywhere in the cause chain) as
 * "fine" (DEBUG) and write the INFO line. Every other failure keeps the engine's ERROR with stack
 * trace. The REST layer's own 500 warning for a refusal is dropped by {@code
 * UserFacingErrorLogFilter}.
 */
@Component
public class RefusalLoggingPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RefusalLoggingPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory =
        new CommandContextFactory() {
          @Override
          public CommandContext createCommandContext() {
            return new RefusalLoggingCommandContext(processEngineConfiguration);
          }
        };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /** A refusal found in the cause chain: its kind and message, or null for a real failure. */
  record Refusal(String kind, String message) {

    static Refusal of(Throwable failure) {
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof FormValidationException) {
          return new Refusal("validation", t.getMessage());
        }
        if (t instanceof AuthorizationException) {
          return new Refusal("authorization", t.getMessage());
        }
        if (t instanceof ProcessEngineException
            && t.getMessage() != null
            && t.getMessage().startsWith(RefusalInterceptor.TENANT_CHECK_FAILED)) {
          return new Refusal("tenant", t.getMessage());
        }
      }
      return null;
    }
  }

  private static final class RefusalLoggingCommandContext extends CommandContext {
    private String command = "command";

    RefusalLoggingCommandContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    public void close(CommandInvocationContext invocation) {
      if (invocation.getCommand() != null) {
        command = invocation.getCommand().getClass().getSimpleName();
      }
      super.close(invocation);
    }

    @Override
    protected boolean shouldLogInfo(Throwable exception) {
      return Refusal.of(exception) == null && super.shouldLogInfo(exception);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      Refusal refusal = Refusal.of(exception);
      if (refusal == null) {
        return super.shouldLogFine(exception);
      }
      if (shouldLogCmdException()) {
        Authentication user = getAuthentication();
        LOG.info(
            "Refused ({}) {} for {}: {}",
            refusal.kind(),
            command,
            user == null || user.getUserId() == null ? "-" : user.getUserId(),
            refusal.message() == null ? "" : refusal.message().replaceAll("\\s+", " "));
      }
      return true;
    }
  }
}
