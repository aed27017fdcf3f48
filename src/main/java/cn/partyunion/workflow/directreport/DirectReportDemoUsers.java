package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's organization department user {@code orgdept01} (profile {@code demo} only, DOMAIN §4;
 * the demo password). The logins of the enterprise contacts ({@code ent01}…{@code ent43}), liaisons
 * ({@code liaison01}…) and park committees ({@code park01}…) are provisioned by the registers like
 * any registered row (the designation's demo step), never here.
 */
@Component
@Profile("demo")
@Order(1)
public class DirectReportDemoUsers implements DemoStep {

  private final IdentitySetup identity;

  public DirectReportDemoUsers(IdentitySetup identity) {
    this.identity = identity;
  }

  @Override
  public void create(String password) {
    identity.ensureUser("orgdept01", "区委组织部", "组织科", password);
    identity.ensureMembership("orgdept01", DirectReportRoles.ORGDEPT);
  }
}
