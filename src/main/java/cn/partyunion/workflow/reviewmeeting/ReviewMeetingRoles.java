package cn.partyunion.workflow.reviewmeeting;

/** Engine ids the review meeting fixes (DOMAIN §2, §4). */
public final class ReviewMeetingRoles {

  /** Process key of the reporting-and-review meeting. */
  public static final String PROCESS_KEY = "reviewMeeting";
  /** DMN decision giving a unit's overall grade from its composite score. */
  public static final String GRADE_DECISION_KEY = "reviewMeetingGrade";
  /** User task of a unit's written report (one per unit). */
  public static final String REPORT_TASK = "Task_SubmitReport";

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
