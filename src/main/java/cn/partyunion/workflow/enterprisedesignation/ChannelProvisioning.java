package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.designation.LiaisonHandover;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Provisions what the direct-report channel needs for an enterprise (DOMAIN §7.3), the one place
 * that does it — never start-up code or SQL by hand; called when the enterprise is registered,
 * imported or updated ({@link EnterpriseRegister}) and when a batch is confirmed ({@link
 * BatchDesignation}): the enterprise's group and tenant; the tenant's members (the enterprise's
 * group, its park committee's group, the organization department, its liaison); its contact's
 * membership of {@code enterprise} and the enterprise's group when the contact's login exists; and
 * the removal of earlier liaisons and of a park the enterprise has left from the tenant, so that a
 * replaced liaison or a former park sees none of the enterprise's new tasks; a replaced liaison's
 * open reviews go to the new liaison ({@link LiaisonHandover}).
 */
@Component
public class ChannelProvisioning {

  private final IdentitySetup identity;
  private final LiaisonHandover handover;

  public ChannelProvisioning(IdentitySetup identity, LiaisonHandover handover) {
    this.identity = identity;
    this.handover = handover;
  }

  /**
   * Provisions {@code enterprise} as named in the register.
   *
   * @param earlierLiaisons liaisons named for it earlier (in earlier batches, or the register's
   *     liaison before an update): removed from its tenant unless still its liaison
   */
  public void provision(RegisteredEnterprise enterprise, List<String> earlierLiaisons) {
    provision(enterprise, earlierLiaisons, null);
  }

  /**
   * Provisions {@code enterprise} as named in the register, after a change of its park.
   *
   * @param earlierPark the park it belonged to before, or null: its group leaves the tenant unless
   *     it is still the enterprise's park
   */
  public void provision(
      RegisteredEnterprise enterprise, List<String> earlierLiaisons, String earlierPark) {
    String code = enterprise.code();
    identity.ensureGroup(code, enterprise.name());
    identity.ensureTenant(code, enterprise.name());
    identity.ensureGroup(enterprise.parkCode(), enterprise.parkName() + "党工委");
    identity.ensureTenantGroupMembership(code, code);
    identity.ensureTenantGroupMembership(code, enterprise.parkCode());
    identity.ensureTenantGroupMembership(code, EnterpriseDesignationRoles.ORGDEPT);
    if (earlierPark != null && !earlierPark.equals(enterprise.parkCode())) {
      identity.removeTenantGroupMembership(code, earlierPark);
    }
    if (enterprise.contactId() != null && identity.userExists(enterprise.contactId())) {
      identity.ensureMembership(
          enterprise.contactId(), EnterpriseDesignationRoles.ENTERPRISE, code);
    }
    if (identity.userExists(enterprise.liaisonId())) {
      identity.ensureMembership(enterprise.liaisonId(), EnterpriseDesignationRoles.LIAISON);
      identity.ensureTenantUserMembership(code, enterprise.liaisonId());
      handover.handOver(code, earlierLiaisons, enterprise.liaisonId());
    }
    for (String earlier : earlierLiaisons) {
      if (!earlier.equals(enterprise.liaisonId())) {
        identity.removeTenantUserMembership(code, earlier);
      }
    }
  }
}
