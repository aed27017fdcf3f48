package cn.partyunion.workflow.shared.identity;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The logins a register provisions (DOMAIN §7: "registering or importing … provisions the login"),
 * the one place that creates them: the user with their name and the groups of their role, created
 * when missing with an {@link InitialPasswords initial password}; an existing login keeps its
 * password and gets the names and memberships. Runs without the caller's engine authorizations (a
 * registering office may not create users in Admin) and inside the caller's transaction, so that a
 * refused import leaves no login behind.
 */
@Component
public class LoginProvisioning {

  /**
   * A provisioned login.
   *
   * @param userId the login's user id
   * @param initialPassword the password the login was created with, to be shown once; null when the
   *     login existed already
   */
  public record Login(String userId, String initialPassword) {}

  private final IdentitySetup identity;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final InitialPasswords passwords;

  public LoginProvisioning(
      IdentitySetup identity,
      ProcessEngine engine,
      @Value("${partyunion.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.identityService = engine.getIdentityService();
    this.engineConfiguration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.passwords = new InitialPasswords(demoPassword);
  }

  /**
   * Creates or brings up to date the login {@code userId}.
   *
   * @param familyName 姓 (the engine's last name)
   * @param givenName 名 (the engine's first name)
   * @param groupIds the groups the login must be a member of (existing groups)
   * @return the login, with its initial password when it was created now
   */
  public Login ensureLogin(String userId, String familyName, String givenName, String... groupIds) {
    return privileged(
        () -> {
          String password = identity.userExists(userId) ? null : passwords.next();
          identity.ensureUser(userId, familyName, givenName, password);
          identity.ensureMembership(userId, groupIds);
          return new Login(userId, password);
        });
  }

  /**
   * True when the user {@code userId} exists and is a member of a group {@code mayHold} refuses:
   * the id is another person's login (an office's, an administrator's), which a register must not
   * take over.
   */
  public boolean takenByOtherRole(String userId, Predicate<String> mayHold) {
    return privileged(
        () ->
            identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .anyMatch(mayHold.negate()));
  }

  /** Ends the membership of {@code userId} in each of {@code groupIds} where it exists. */
  public void removeMemberships(String userId, List<String> groupIds) {
    privileged(
        () -> {
          for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count()
                > 0) {
              identityService.deleteMembership(userId, groupId);
            }
          }
          return null;
        });
  }

  /** Creates the group {@code groupId} with its Chinese name, or renames it (a unit's group). */
  public void ensureGroup(String groupId, String chineseName) {
    privileged(
        () -> {
          identity.ensureGroup(groupId, chineseName);
          return null;
        });
  }

  private <T> T privileged(Supplier<T> work) {
    return engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work::get));
  }
}
