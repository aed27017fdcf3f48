package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo identities of the direct-report channel (profile {@code demo} only, DOMAIN §4; the demo
 * password): one contact per demo enterprise ({@code ent01}…{@code ent43}, the enterprises of
 * {@code db/demo}), the liaisons ({@code liaison01}…{@code liaison10}), one user per park committee
 * ({@code park01}…{@code park05}) and {@code orgdept01}. Only enterprises provisioned as a channel
 * (designated: their group exists, {@code ChannelProvisioning}) get users: an enterprise only
 * registered has no channel yet, and a restart on a database holding such registers must not fail.
 */
@Component
@Profile("demo")
@Order(1)
public class DirectReportDemoUsers implements DemoStep {

  private static final List<String> SURNAMES =
      List.of("张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马");

  private final IdentitySetup identity;
  private final EnterpriseMapper enterprises;

  public DirectReportDemoUsers(IdentitySetup identity, EnterpriseMapper enterprises) {
    this.identity = identity;
    this.enterprises = enterprises;
  }

  @Override
  public void create(String password) {
    List<Enterprise> all = enterprises.findAll();
    Set<String> provisioned = identity.existingGroups(all.stream().map(Enterprise::code).toList());
    int i = 0;
    for (Enterprise enterprise : all) {
      if (!provisioned.contains(enterprise.code())) {
        continue;
      }
      String user = enterprise.code();
      identity.ensureUser(user, SURNAMES.get(i++ % SURNAMES.size()), "联络员", password);
      identity.ensureMembership(user, DirectReportRoles.ENTERPRISE, enterprise.code());
      identity.ensureUser(
          enterprise.liaisonId(),
          "特约联系人",
          enterprise.liaisonId().substring(enterprise.liaisonId().length() - 2),
          password);
      identity.ensureMembership(enterprise.liaisonId(), DirectReportRoles.LIAISON);
      identity.ensureTenantUserMembership(enterprise.code(), enterprise.liaisonId());
      identity.ensureUser(enterprise.parkCode(), enterprise.parkName(), "党工委", password);
      identity.ensureMembership(
          enterprise.parkCode(), DirectReportRoles.PARK, enterprise.parkCode());
    }
    identity.ensureUser("orgdept01", "区委组织部", "组织科", password);
    identity.ensureMembership("orgdept01", DirectReportRoles.ORGDEPT);
  }
}
