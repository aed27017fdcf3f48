package cn.partyunion.workflow.shared.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who calls an engine command, as seen by a command interceptor before the command runs. */
public final class EngineCallers {

  private EngineCallers() {}

  /**
   * True when the command about to run is an outermost one (not nested in another command, as the
   * engine's own work is) and its caller is an authenticated user who is neither one of the
   * engine's admin users nor a member of one of its admin groups (by default {@link
   * CurrentUser#ADMIN_GROUP}). The job executor, the application's own calls and tests run without
   * an authenticated user and are therefore no such call.
   */
  public static boolean isNonAdministratorCall(ProcessEngineConfigurationImpl configuration) {
    if (Context.getCommandContext() != null) {
      return false;
    }
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    return !isAdministrator(configuration, authentication);
  }

  /**
   * True when the authenticated user is one of the engine's admin users or a member of one of its
   * admin groups (by default {@link CurrentUser#ADMIN_GROUP}).
   */
  public static boolean isAdministrator(
      ProcessEngineConfigurationImpl configuration, Authentication authentication) {
    if (contains(configuration.getAdminUsers(), authentication.getUserId())) {
      return true;
    }
    List<String> groups = authentication.getGroupIds();
    return groups != null
        && groups.stream().anyMatch(group -> contains(configuration.getAdminGroups(), group));
  }

  private static boolean contains(Collection<String> values, String value) {
    return values != null && values.contains(value);
  }
}
