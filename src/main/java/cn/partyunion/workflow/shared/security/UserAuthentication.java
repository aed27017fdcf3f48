package cn.partyunion.workflow.shared.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The engine authentication of a signed-in user, as the application's API sets it. */
public final class UserAuthentication {

  private UserAuthentication() {}

  /**
   * {@code userId} with the groups and tenants the engine holds for them (tenants also through
   * their groups), so that the engine's queries apply the user's authorizations and tenants.
   */
  public static Authentication of(IdentityService identityService, String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    return new Authentication(userId, groups, tenants);
  }
}
