package cn.partyunion.workflow.workbench;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Reads a {@link WorkbenchUser} (real name, groups) from the engine's identity service. */
@Component
public class WorkbenchUsers {

  private final IdentityService identityService;

  public WorkbenchUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user {@code userId} with their real name and groups. */
  public WorkbenchUser user(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : join(user.getLastName(), user.getFirstName());
    return new WorkbenchUser(
        userId,
        name.isBlank() ? userId : name,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList());
  }

  /** A Chinese full name: family name (the engine's last name) before given name. */
  private static String join(String family, String given) {
    return (family == null ? "" : family.trim()) + (given == null ? "" : given.trim());
  }
}
