package cn.partyunion.workflow.reviewmeeting;

/**
 * A reporting unit of the register (table {@code rm_unit}, DOMAIN §2, §7).
 *
 * @param unitCode {@code hhunit} and digits: also the id of the unit's engine group
 * @param unitName the unit's name (a county's is reference data and cannot change)
 * @param unitKind {@code COUNTY} (one of Honghe's 13 counties and cities) or {@code MEMBER}
 *     (prefecture member unit)
 * @param sortOrder reporting order
 * @param contactId the login of the unit's contact (述职联络员), who works its report tasks; null
 * @param contactName the contact's name (family name first); null without contact
 * @param contactPhone the contact's mobile number (stored encrypted); null
 */
public record RegisteredUnit(
    String unitCode,
    String unitName,
    String unitKind,
    Integer sortOrder,
    String contactId,
    String contactName,
    String contactPhone) {

  /** Unit kinds and their Chinese labels (the sheet's values). */
  public static final String COUNTY = "COUNTY";

  public static final String MEMBER = "MEMBER";

  /** The Chinese label of {@code unitKind}. */
  public String unitKindLabel() {
    return COUNTY.equals(unitKind) ? "县（市）" : "州产改成员单位";
  }
}
