package cn.partyunion.workflow.shared.validation;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener into a plain {@code
 * ProcessEngineException} ("Exception while invoking TaskListener: …"), which the REST API answers
 * with HTTP 500. This interceptor, outside the engine's transaction (already rolled back when the
 * exception passes), rethrows the {@link FormValidationException} found in the cause chain, so that
 * Java callers get the {@link FormValidationException} itself (REST callers get 400 and the Chinese
 * message through {@code UserFacingErrorFilter}).
 */
@Component
public class FormValidationUnwrappingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Unwrapping());
  }

  private static final class Unwrapping extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormValidationException rejection) {
            throw rejection;
          }
        }
        throw e;
      }
    }
  }
}
