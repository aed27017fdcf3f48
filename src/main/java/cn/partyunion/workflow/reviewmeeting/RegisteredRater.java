package cn.partyunion.workflow.reviewmeeting;

/**
 * A rater of the register (table {@code rm_rater}, DOMAIN §2, §7): a worker or enterprise-manager
 * representative who rates the units at the meeting.
 *
 * @param raterId the rater's login (member of {@code hhrater} and of the panel's group)
 * @param name the rater's name, family name first
 * @param panel {@link Panel} name: {@code WORKER} or {@code MANAGER}
 * @param workplace the enterprise or unit the representative works at
 * @param countyCode the county/city unit ({@code rm_unit} of kind {@code COUNTY}) the
 *     representative comes from; null for the prefecture
 * @param countyName that unit's name; null
 * @param phone mobile number (stored encrypted); null
 */
public record RegisteredRater(
    String raterId,
    String name,
    String panel,
    String workplace,
    String countyCode,
    String countyName,
    String phone) {

  /** The Chinese label of the panel. */
  public String panelLabel() {
    return panel == null ? null : Panel.valueOf(panel).label();
  }
}
