package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.web.UserFacingError;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Gives the engine's refusals a status and a Chinese message for the REST APIs ({@code
 * UserFacingErrorFilter}): the tenant-check refusal (ENGINE-13034 "Cannot … because it belongs to
 * no authenticated tenant", a plain {@link ProcessEngineException} that the REST API answers with
 * 500) becomes a 403 {@link AuthorizationException} — working on, or reading the variables of,
 * another unit's task is a refused access, not a server error — and any other missing permission is
 * explained in Chinese unless a more precise refusal was recorded.
 */
class RefusalInterceptor extends CommandInterceptor {

  static final String TENANT_CHECK_FAILED = "ENGINE-13034";
  static final String OTHER_UNIT = "您无权访问或处理该记录：它属于其他单位。";
  static final String MISSING_PERMISSION = "您没有执行此操作的权限。";

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (AuthorizationException e) {
      UserFacingError.rememberUnlessRecorded(403, "AuthorizationException", MISSING_PERMISSION);
      throw e;
    } catch (ProcessEngineException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith(TENANT_CHECK_FAILED)) {
        throw e;
      }
      UserFacingError.remember(403, "AuthorizationException", OTHER_UNIT);
      throw new AuthorizationException(OTHER_UNIT);
    }
  }
}
