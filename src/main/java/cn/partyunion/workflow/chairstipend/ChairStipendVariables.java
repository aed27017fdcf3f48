package cn.partyunion.workflow.chairstipend;

/**
 * Names of the {@code chairStipend} process variables (DOMAIN §3 fixes {@code quarter},
 * {@code dutiesSummary}, {@code score}, {@code comment}, {@code approved}).
 */
public final class ChairStipendVariables {

  /** Quarter like {@code 2026Q3} (string). */
  public static final String QUARTER = "quarter";
  /** Deadline of every self-report of the quarter (date). */
  public static final String SELF_REPORT_DUE_DATE = "selfReportDueDate";
  /** Eligible chairs on the roster (integer). */
  public static final String ELIGIBLE_COUNT = "eligibleCount";
  /** Chairs whose self-report or assessment is still open (integer). */
  public static final String OPEN_CHAIRS = "openChairs";
  /** ISO-8601 period between two checks of the open chairs. */
  public static final String ASSESSMENT_CHECK_INTERVAL = "assessmentCheckInterval";
  /** The chair of a {@code chairStipendChair} instance: the chair's id = the chair's user id. */
  public static final String CHAIR_ID = "chairId";
  /** Local facts of one chair shown in the forms. */
  public static final String CHAIR_NAME = "chairName";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String TOWN_UNIT_CODE = "townUnitCode";
  public static final String UNION_MEMBERS = "unionMembers";
  public static final String MONTHS = "months";
  /** True when the self-report is on record (a returned list skips it). */
  public static final String SELF_REPORTED = "selfReported";
  public static final String DUTIES_SUMMARY = "dutiesSummary";
  public static final String SCORE = "score";
  public static final String COMMENT = "comment";
  /** Grade from DMN {@code chairAssessmentGrade}; monthly yuan from {@code chairStipendAmount}. */
  public static final String GRADE = "grade";
  public static final String MONTHLY_AMOUNT = "monthlyAmount";
  /** Approval: decision, who approved, and the summary shown to the approver. */
  public static final String APPROVED = "approved";
  public static final String APPROVED_BY = "approvedBy";
  public static final String PAYABLE_COUNT = "payableCount";
  public static final String PAYABLE_TOTAL = "payableTotal";

  private ChairStipendVariables() {}
}
