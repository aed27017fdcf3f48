package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.web.UserFacingError;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The password policy (身份鉴别, GB/T 22239-2019 8.1.4.1 a; issue 16) with Camunda's own mechanism:
 * {@link ApplicationPasswordPolicy} is the engine's password policy, switched on by {@code
 * partyunion.security.password-policy.enabled} (true; false only in the {@code demo} profile, whose
 * users share the password {@code demo}). The engine then checks every password that is set (user
 * created, password changed in Admin, Welcome's profile or {@code PUT
 * /engine-rest/user/{id}/credentials}); a refusal answers 400 with {@link
 * ApplicationPasswordPolicy#refusal} and nothing is saved. Every password set is appended, as the
 * engine's salted hash, to {@code id_password_history} in the same transaction (also while the
 * policy is off, so that switching it on knows the history), and {@link PasswordChange} learns who
 * set it (a password set by somebody else must be changed at the first login).
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private final boolean enabled;
  private final int minLength;
  private final int history;
  private final ObjectProvider<PasswordHistoryMapper> passwords;
  private final PasswordChange passwordChange;

  public PasswordPolicyPlugin(
      @Value("${partyunion.security.password-policy.enabled:true}") boolean enabled,
      @Value("${partyunion.security.password-policy.min-length:8}") int minLength,
      @Value("${partyunion.security.password-policy.history:5}") int history,
      ObjectProvider<PasswordHistoryMapper> passwords,
      PasswordChange passwordChange) {
    this.enabled = enabled;
    this.passwordChange = passwordChange;
    this.minLength = minLength;
    this.history = history;
    this.passwords = passwords;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(enabled);
    configuration.setPasswordPolicy(
        new ApplicationPasswordPolicy(
            minLength, history, (password, user) -> usedBefore(configuration, password, user)));
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new History());
  }

  /** True when {@code password} is the user's current one or one of their last passwords. */
  private boolean usedBefore(
      ProcessEngineConfigurationImpl configuration, String password, User user) {
    List<PasswordHistoryMapper.StoredPassword> last =
        new ArrayList<>(passwords.getObject().findLast(user.getId(), history));
    User stored =
        configuration.getIdentityService().createUserQuery().userId(user.getId()).singleResult();
    if (stored instanceof UserEntity entity && entity.getPassword() != null) {
      last.add(new PasswordHistoryMapper.StoredPassword(entity.getPassword(), entity.getSalt()));
    }
    return last.stream()
        .anyMatch(
            p ->
                configuration
                    .getPasswordManager()
                    .check(EncryptionUtil.saltPassword(password, p.salt()), p.passwordHash()));
  }

  /** Appends each password set to the history; turns the engine's refusal into a Chinese one. */
  private final class History extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof SaveUserCmd)
          || !(CommandFields.read(command, "user") instanceof UserEntity user)
          || !user.hasNewPassword()) {
        return next.execute(command);
      }
      T result;
      try {
        result = next.execute(command);
      } catch (ProcessEngineException e) {
        if (String.valueOf(e.getMessage()).contains("does not match policy")) {
          String message = ApplicationPasswordPolicy.refusal(minLength, history);
          UserFacingError.remember(400, "PasswordPolicyException", message);
          throw new PasswordRefusedException(message, e);
        }
        throw e;
      }
      passwords
          .getObject()
          .insert(user.getId(), user.getPassword(), user.getSalt(), EngineClock.current());
      passwordChange.passwordSet(
          user.getId(), Context.getCommandContext().getAuthenticatedUserId());
      return result;
    }
  }
}
