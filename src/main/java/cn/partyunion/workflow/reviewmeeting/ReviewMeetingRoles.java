package cn.partyunion.workflow.reviewmeeting;

/**
 * The engine groups of the review meeting (DOMAIN §4); its process key, element ids and variables
 * are in {@link ReviewMeetingModel}.
 */
public final class ReviewMeetingRoles {

  /** Organizer (州产改办): starts meetings and confirms the results. */
  public static final String OFFICE = "hhoffice";

  /** The prefecture deputy secretary who comments on every unit. */
  public static final String DEPUTY = "hhdeputy";

  /** All raters. */
  public static final String RATER = "hhrater";

  /** Worker representatives' panel (subgroup of raters). */
  public static final String RATER_WORKER = "hhraterworker";

  /** Enterprise manager representatives' panel (subgroup of raters). */
  public static final String RATER_MANAGER = "hhratermanager";

  /** All reporting units; each unit also has its own group whose id is its unit code. */
  public static final String UNIT = "hhunit";

  private ReviewMeetingRoles() {}
}
