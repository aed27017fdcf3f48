package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.demo.DemoStep;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the three administrators (profile {@code demo} only, the demo password): {@code
 * sysadmin01} 系统管理员, {@code secadmin01} 安全管理员, {@code auditor01} 审计管理员.
 */
@Component
@Profile("demo")
@Order(0)
public class AdministratorDemoUsers implements DemoStep {

  private final IdentitySetup identity;

  public AdministratorDemoUsers(IdentitySetup identity) {
    this.identity = identity;
  }

  @Override
  public void create(String password) {
    identity.ensureUser("sysadmin01", "系统管理员", "一", password);
    identity.ensureMembership("sysadmin01", Administrators.SYSTEM);
    identity.ensureUser("secadmin01", "安全管理员", "一", password);
    identity.ensureMembership("secadmin01", Administrators.SECURITY);
    identity.ensureUser("auditor01", "审计管理员", "一", password);
    identity.ensureMembership("auditor01", Administrators.AUDIT);
  }
}
