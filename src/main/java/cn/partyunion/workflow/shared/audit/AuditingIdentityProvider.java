package cn.partyunion.workflow.shared.audit;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's database identity provider, with every password check written to the audit trail
 * ({@link AuditKind#LOGIN}): the webapps' login ({@code POST
 * /camunda/api/admin/auth/user/default/login/<app>}), HTTP Basic on {@code /engine-rest} and on
 * {@code /api} all check the password here, once per call. The row names the user tried, the
 * request and the outcome — {@link AuditOutcome#FAILURE} for a wrong password, an unknown user and
 * a login refused during the throttling delay ({@code loginDelay*}, application.yaml).
 */
class AuditingIdentityProvider extends DbIdentityServiceProvider {

  private final AuditTrail audit;

  AuditingIdentityProvider(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    boolean accepted = super.checkPassword(userId, password);
    audit.record(
        AuditKind.LOGIN,
        userId,
        AuditTrail.requestLine("密码校验"),
        null,
        accepted ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
    return accepted;
  }

  /**
   * Opens an {@link AuditingIdentityProvider} per command context, as the engine's factory does.
   */
  record Factory(ObjectProvider<AuditTrail> audit) implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return DbIdentityServiceProvider.class;
    }

    @Override
    public Session openSession() {
      return new AuditingIdentityProvider(audit.getObject());
    }
  }
}
