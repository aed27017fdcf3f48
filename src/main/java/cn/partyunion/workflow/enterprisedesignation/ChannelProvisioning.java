package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Provisions what the direct-report channel needs for a designated enterprise (DOMAIN §7.3), the
 * one place that does it — never start-up code or SQL by hand: the enterprise's group and tenant;
 * the tenant's members (the enterprise's group, its park committee's group, the organization
 * department, its liaison); its contact's membership of {@code enterprise} and the enterprise's
 * group when the contact's login exists; and the removal of liaisons named in earlier batches from
 * the tenant, so that a replaced liaison sees none of the enterprise's new tasks.
 */
@Component
public class ChannelProvisioning {

  private final IdentitySetup identity;

  public ChannelProvisioning(IdentitySetup identity) {
    this.identity = identity;
  }

  /**
   * Provisions {@code enterprise} as named in the register.
   *
   * @param earlierLiaisons liaisons named for it in earlier batches (removed from its tenant unless
   *     still its liaison)
   */
  public void provision(RegisteredEnterprise enterprise, List<String> earlierLiaisons) {
    String code = enterprise.code();
    identity.ensureGroup(code, enterprise.name());
    identity.ensureTenant(code, enterprise.name());
    identity.ensureGroup(enterprise.parkCode(), enterprise.parkName() + "党工委");
    identity.ensureTenantGroupMembership(code, code);
    identity.ensureTenantGroupMembership(code, enterprise.parkCode());
    identity.ensureTenantGroupMembership(code, EnterpriseDesignationRoles.ORGDEPT);
    if (enterprise.contactId() != null && identity.userExists(enterprise.contactId())) {
      identity.ensureMembership(
          enterprise.contactId(), EnterpriseDesignationRoles.ENTERPRISE, code);
    }
    if (identity.userExists(enterprise.liaisonId())) {
      identity.ensureMembership(enterprise.liaisonId(), EnterpriseDesignationRoles.LIAISON);
      identity.ensureTenantUserMembership(code, enterprise.liaisonId());
    }
    for (String earlier : earlierLiaisons) {
      if (!earlier.equals(enterprise.liaisonId())) {
        identity.removeTenantUserMembership(code, earlier);
      }
    }
  }
}
