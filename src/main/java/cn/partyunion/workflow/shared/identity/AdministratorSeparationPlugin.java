package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.security.CommandFields;
import cn.partyunion.workflow.shared.security.EngineCallers;
import cn.partyunion.workflow.shared.web.UserFacingError;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Keeps the three administrators ({@link Administrators}) apart: the engine's grants give each only
 * their own work, and this check closes the ways to widen them. For an authenticated caller who is
 * not {@code camunda-admin} (the break-glass administrator), before the command runs:
 *
 * <ul>
 *   <li>memberships of the administrators' groups ({@link Administrators#GROUPS}) are not created
 *       or deleted, those groups not changed or deleted;
 *   <li>another member of those groups is not changed (password included) or deleted;
 *   <li>no authorization is created, changed or deleted that is the caller's own, one of the
 *       caller's groups' or one of the administrators' groups'.
 * </ul>
 *
 * A refusal is 403 with {@value #REFUSAL} ({@code AuthorizationException}); nothing changes. The
 * command's fields are read by name (Camunda 7.24's {@code impl.cmd} classes, checked by {@code
 * AdministratorSeparationTest}).
 */
@Component
public class AdministratorSeparationPlugin extends AbstractProcessEnginePlugin {

  /** The refusal's message. */
  public static final String REFUSAL = "管理员的账户、成员和权限只能由超级管理员（应急）调整，不能修改自己的权限。";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Check(configuration));
  }

  private static final class Check extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Check(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (EngineCallers.isNonAdministratorCall(configuration) && crossesDuties(command)) {
        UserFacingError.remember(403, "AuthorizationException", REFUSAL);
        throw new AuthorizationException(REFUSAL);
      }
      return next.execute(command);
    }

    private boolean crossesDuties(Command<?> command) {
      if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
        return isAdministratorGroup(CommandFields.read(command, "groupId"));
      }
      if (command instanceof SaveGroupCmd) {
        return isAdministratorGroup(((Group) CommandFields.read(command, "group")).getId());
      }
      if (command instanceof DeleteGroupCmd) {
        return isAdministratorGroup(CommandFields.read(command, "groupId"));
      }
      if (command instanceof SaveUserCmd) {
        return isOtherAdministrator(((User) CommandFields.read(command, "user")).getId());
      }
      if (command instanceof DeleteUserCmd) {
        return isOtherAdministrator(CommandFields.read(command, "userId"));
      }
      if (command instanceof SaveAuthorizationCmd) {
        return concernsAdministrators(CommandFields.read(command, "authorization"));
      }
      if (command instanceof DeleteAuthorizationCmd) {
        String id = CommandFields.read(command, "authorizationId");
        Authorization stored =
            configuration
                .getAuthorizationService()
                .createAuthorizationQuery()
                .authorizationId(id)
                .singleResult();
        return stored != null && concernsAdministrators(stored);
      }
      return false;
    }

    private boolean concernsAdministrators(Authorization authorization) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      String group = authorization.getGroupId();
      return caller.getUserId().equals(authorization.getUserId())
          || (group != null
              && (isAdministratorGroup(group)
                  || (caller.getGroupIds() != null && caller.getGroupIds().contains(group))));
    }

    private boolean isOtherAdministrator(String userId) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      return userId != null
          && !userId.equals(caller.getUserId())
          && configuration
                  .getIdentityService()
                  .createGroupQuery()
                  .groupMember(userId)
                  .groupIdIn(Administrators.GROUPS.toArray(String[]::new))
                  .count()
              > 0;
    }

    private static boolean isAdministratorGroup(String groupId) {
      return Administrators.GROUPS.contains(groupId);
    }
  }
}
