package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.engine.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A password set by somebody else must be changed at the first login (身份鉴别, GB/T 22239-2019 8.1.4.1
 * a; issue 16): when an administrator creates a user with a password or sets a user's password (in
 * Admin, on {@code /engine-rest}), or the application provisions one (the break-glass administrator
 * from {@code ADMIN_PASSWORD}), the user is marked in {@code id_password_change}; until they set a
 * password of their own, {@link AccountGate} refuses everything but the password change. Switched
 * on by {@code partyunion.security.first-login-password-change} (true; false only in the {@code
 * demo} profile, whose users share the password {@code demo}); while it is off nobody is marked or
 * refused. A user's own new password always removes the mark.
 */
@Component
public class PasswordChange {

  private final ObjectProvider<PasswordChangeMapper> mapper;
  private volatile boolean enabled;

  public PasswordChange(
      @Value("${partyunion.security.first-login-password-change:true}") boolean enabled,
      ObjectProvider<PasswordChangeMapper> mapper) {
    this.enabled = enabled;
    this.mapper = mapper;
  }

  /** Whether the rule is on ({@code partyunion.security.first-login-password-change}). */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Switches the rule on or off as the property does; for tests, which share one application
   * context with the demo profile.
   */
  public void enable(boolean on) {
    this.enabled = on;
  }

  /** Whether {@code userId} must change their password before anything else. */
  public boolean required(String userId) {
    return enabled && userId != null && mapper.getObject().countRequired(userId) > 0;
  }

  /**
   * Called in the transaction that saved {@code userId}'s new password.
   *
   * @param actor who set it: the user themselves (the mark goes), somebody else or {@code null} for
   *     the application itself (the user is marked while the rule is on)
   */
  void passwordSet(String userId, String actor) {
    PasswordChangeMapper rows = mapper.getObject();
    if (userId.equals(actor)) {
      rows.delete(userId);
    } else if (enabled) {
      rows.delete(userId);
      rows.insert(userId, actor, EngineClock.current());
    }
  }
}
