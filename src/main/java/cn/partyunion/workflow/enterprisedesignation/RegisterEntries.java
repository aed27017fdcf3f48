package cn.partyunion.workflow.enterprisedesignation;

/**
 * The records of the registers of DOMAIN §7 as the API and the sheets show them (field names = JSON
 * fields = sheet headers). Names of referenced rows ({@code parkName} …) are shown only: the API
 * and the import write the fields of {@link RegisterField}s alone.
 */
public final class RegisterEntries {

  private RegisterEntries() {}

  /**
   * A development park (开发园区) or an industry-chain committee (产业链党委); its committee's group and
   * login are {@code code}.
   */
  public record CommitteeEntry(String code, String name) {}

  /** A liaison (特约培养联系人): {@code userId} is the login. */
  public record LiaisonEntry(String userId, String name, String unit) {}

  /** A chief service officer (首席服务员), a district cadre; {@code phone} stored encrypted. */
  public record OfficerEntry(String code, String name, String unit, String phone) {}

  /**
   * An enterprise (企业): {@code code} is its group and tenant, {@code contactId} its contact's
   * login.
   */
  public record EnterpriseEntry(
      String code,
      String name,
      String creditCode,
      String industry,
      String parkCode,
      String parkName,
      String chainCode,
      String chainName,
      boolean aboveScale,
      boolean highTech,
      boolean specializedNew,
      String liaisonId,
      String liaisonName,
      String officerCode,
      String officerName,
      String contactId,
      String contactName) {}
}
