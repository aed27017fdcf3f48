package cn.partyunion.workflow.shared.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The caller of the current {@code /api} request, as set by {@link ApiAuthenticationFilter}. */
@Component
public class CurrentUser {

  /** Group of the engine's administrators: they see everything. */
  public static final String ADMIN_GROUP = "camunda-admin";

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The caller's user id. @throws ApiException 401 when nobody is authenticated */
  public String id() {
    return authentication().getUserId();
  }

  /** The caller's group ids (never null). */
  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  /** True when the caller is member of {@code groupId} or an administrator. */
  public boolean isIn(String groupId) {
    return groups().contains(groupId) || groups().contains(ADMIN_GROUP);
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw ApiException.unauthenticated();
    }
    return authentication;
  }
}
