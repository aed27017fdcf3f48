package cn.partyunion.workflow.shared.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Real names of users (last + first name, e.g. 王建国) and engine reads the records need without the
 * caller's authorizations: an enterprise contact may not read other users, yet the 纪实 names the
 * liaison who reviewed the case. Callers decide visibility before they call (the case is one the
 * caller may see). One user query per call, never one per row.
 */
@Component
public class UserNames {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public UserNames(IdentityService identityService, ProcessEngineConfiguration configuration) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
  }

  /**
   * The real name of each known id among {@code ids} ({@code null}s ignored, unknown ids absent);
   * {@code get(null)} on the answer gives {@code null} (a step without an actor).
   */
  public Map<String, String> of(Collection<String> ids) {
    String[] distinct = ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (distinct.length == 0) {
      return new HashMap<>();
    }
    Map<String, String> names = new HashMap<>();
    for (User user :
        privileged(() -> identityService.createUserQuery().userIdIn(distinct).list())) {
      names.put(user.getId(), realName(user));
    }
    return names;
  }

  /** The real name of {@code id}, or {@code null} for {@code null} or an unknown user. */
  public String of(String id) {
    return id == null ? null : of(java.util.List.of(id)).get(id);
  }

  /**
   * {@code query} run without authorization and tenant checks: inside an engine command (delegates,
   * listeners) in that command, otherwise in a command of its own.
   */
  public <T> T privileged(Callable<T> query) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return call(current, query);
    }
    return configuration
        .getCommandExecutorTxRequired()
        .execute(commandContext -> call(commandContext, query));
  }

  private static <T> T call(CommandContext commandContext, Callable<T> query) {
    boolean tenantCheck = commandContext.isTenantCheckEnabled();
    commandContext.disableTenantCheck();
    try {
      return commandContext.runWithoutAuthorization(query);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (tenantCheck) {
        commandContext.enableTenantCheck();
      }
    }
  }

  private static String realName(User user) {
    String name =
        (user.getLastName() == null ? "" : user.getLastName())
            + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? user.getId() : name;
  }
}
