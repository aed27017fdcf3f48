package cn.partyunion.workflow.shared.testkit;

import cn.partyunion.workflow.shared.security.UserAuthentication;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as a user, with the engine's authorization checks: the authentication is set
 * before the action and cleared after it, also when the action throws.
 */
public final class AsUser {

  private final IdentityService identityService;
  private final String userId;
  private final List<String> groups;
  private final List<String> tenants;

  private AsUser(
      IdentityService identityService, String userId, List<String> groups, List<String> tenants) {
    this.identityService = identityService;
    this.userId = userId;
    this.groups = groups;
    this.tenants = tenants;
  }

  /**
   * {@code userId} with the groups and tenants the engine holds for them (tenants also through
   * their groups), as the REST API's authentication filter sets them.
   */
  public static AsUser of(IdentityService identityService, String userId) {
    Authentication authentication = UserAuthentication.of(identityService, userId);
    return new AsUser(
        identityService, userId, authentication.getGroupIds(), authentication.getTenantIds());
  }

  /** {@code userId} with exactly these groups and tenants. */
  public static AsUser of(
      IdentityService identityService, String userId, List<String> groups, List<String> tenants) {
    return new AsUser(identityService, userId, groups, tenants);
  }

  /** The user's groups. */
  public List<String> groups() {
    return groups;
  }

  /** The user's tenants. */
  public List<String> tenants() {
    return tenants;
  }

  /** The result of {@code action} run as this user. */
  public <T> T call(Supplier<T> action) {
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs {@code action} as this user. */
  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }
}
