package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The three administrators (三权分立, GB/T 22239-2019 8.1.4.2 d/e, issue 16), set up at every start in
 * every profile, after the processes' access records:
 *
 * <ul>
 *   <li>{@value #SYSTEM} 系统管理员: users, groups, memberships, tenants, deployments (Admin, Cockpit);
 *   <li>{@value #SECURITY} 安全管理员: authorizations (Admin), reads users, groups and tenants to choose
 *       whom to grant;
 *   <li>{@value #AUDIT} 审计管理员: nothing in the engine; reads the audit trail ({@code /api/audit},
 *       the workbench's 审计记录 page).
 * </ul>
 *
 * {@code camunda-admin} ({@value AccessSetupRunner#ADMIN_GROUP_NAME}) keeps every right for
 * break-glass use; every one of its logins and actions is in the audit trail. {@link
 * AdministratorSeparationPlugin} keeps each administrator from widening their own or the others'
 * rights.
 */
@Component
@Order(AccessSetupRunner.ORDER + 1)
public class Administrators implements ApplicationRunner {

  /** Group of the system administrators. */
  public static final String SYSTEM = "sysadmin";

  /** Group of the security administrators. */
  public static final String SECURITY = "secadmin";

  /** Group of the audit administrators (the same id as {@code AuditController.AUDITORS}). */
  public static final String AUDIT = "auditor";

  /** The groups whose members and rights only {@code camunda-admin} may change. */
  public static final List<String> GROUPS =
      List.of(CurrentUser.ADMIN_GROUP, SYSTEM, SECURITY, AUDIT);

  private static final Logger LOG = LoggerFactory.getLogger(Administrators.class);
  private final IdentitySetup identity;

  public Administrators(IdentitySetup identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.ensureGroup(SYSTEM, "系统管理员");
    identity.ensureGroup(SECURITY, "安全管理员");
    identity.ensureGroup(AUDIT, "审计管理员");

    identity.grantGroup(SYSTEM, Resources.APPLICATION, "admin", Permissions.ACCESS);
    identity.grantGroup(SYSTEM, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resources resource :
        List.of(
            Resources.USER,
            Resources.GROUP,
            Resources.GROUP_MEMBERSHIP,
            Resources.TENANT,
            Resources.TENANT_MEMBERSHIP,
            Resources.DEPLOYMENT)) {
      identity.grantGroup(SYSTEM, resource, "*", Permissions.ALL);
    }
    for (Resources resource :
        List.of(
            Resources.PROCESS_DEFINITION,
            Resources.DECISION_DEFINITION,
            Resources.DECISION_REQUIREMENTS_DEFINITION)) {
      identity.grantGroup(SYSTEM, resource, "*", Permissions.READ);
    }

    identity.grantGroup(SECURITY, Resources.APPLICATION, "admin", Permissions.ACCESS);
    identity.grantGroup(SECURITY, Resources.AUTHORIZATION, "*", Permissions.ALL);
    for (Resources resource : List.of(Resources.USER, Resources.GROUP, Resources.TENANT)) {
      identity.grantGroup(SECURITY, resource, "*", Permissions.READ);
    }
    LOG.info("Administrators set up: {}, {}, {}", SYSTEM, SECURITY, AUDIT);
  }
}
