package cn.partyunion.workflow.shared.designation;

/**
 * The published service of the yearly designation (DOMAIN §7.4, seed 004): which enterprises may
 * use the direct-report channel. Implemented by the {@code enterprisedesignation} process package;
 * the {@code directReport} nomination asks it, so that neither process depends on the other.
 */
public interface DesignatedEnterprises {

  /**
   * Whether {@code enterpriseCode} belongs to the batch in force in {@code year}: the latest
   * confirmed batch whose year is not after {@code year} (a new year's batch replaces last year's
   * once it is confirmed). An enterprise dropped from that batch keeps its open cases but may not
   * nominate anew.
   *
   * @param enterpriseCode the enterprise's code (= its engine group and tenant)
   * @param year the calendar year of the nomination (application zone)
   */
  boolean mayNominate(String enterpriseCode, int year);
}
