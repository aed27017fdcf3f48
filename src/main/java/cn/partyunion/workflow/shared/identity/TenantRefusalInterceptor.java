package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.web.UserFacingError;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Turns the engine's tenant-check refusal (ENGINE-13034 "Cannot … because it belongs to no
 * authenticated tenant", a plain {@link ProcessEngineException} that the REST API answers with
 * 500) into a 403 with a Chinese message: working on, or reading the variables of, another
 * unit's task is a refused access, not a server error.
 */
class TenantRefusalInterceptor extends CommandInterceptor {

  static final String TENANT_CHECK_FAILED = "ENGINE-13034";
  static final String REFUSAL = "您无权访问或处理该记录：它属于其他单位。";

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (e instanceof AuthorizationException || e.getMessage() == null
          || !e.getMessage().startsWith(TENANT_CHECK_FAILED)) {
        throw e;
      }
      UserFacingError.remember(403, "AuthorizationException", REFUSAL);
      throw new AuthorizationException(REFUSAL);
    }
  }
}
