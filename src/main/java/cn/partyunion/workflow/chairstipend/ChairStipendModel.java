package cn.partyunion.workflow.chairstipend;

/**
 * The names the Java code shares with {@code bpmn/chairStipend.bpmn}: the process key, the ids of
 * the elements it refers to, and the process variables of all three chair-stipend processes, which
 * hand {@code quarter}, {@code chairId} and {@code selfReportDueDate} to one another (DOMAIN §3
 * fixes {@code quarter}, {@code dutiesSummary}, {@code score}, {@code comment}, {@code approved}).
 * The other two models: {@link ChairStipendChairModel}, {@link ChairStipendScheduleModel}. {@code
 * ChairStipendModelTest} checks all three against their diagrams (every element id exists, every
 * variable a diagram reads is here), so renaming an element or a variable on one side only fails
 * the build.
 */
public final class ChairStipendModel {

  /** The quarter's round: roster, assessments, approval, payment list. */
  public static final String PROCESS_KEY = "chairStipend";

  // ---- element ids ------------------------------------------------------------------------------

  /** One page of the roster per job ({@code roster-page-size} chairs). */
  public static final String TASK_BUILD_ROSTER = "Task_BuildRoster";

  /** One page of chair instances per job. */
  public static final String TASK_START_CHAIR_INSTANCES = "Task_StartChairInstances";

  /** Waits for the last chair's message or the hourly safety-net check. */
  public static final String GATEWAY_AWAIT_CHAIRS = "Gateway_AwaitChairs";

  /** Catches {@link #MESSAGE_CHAIRS_DONE}. */
  public static final String EVENT_CHAIRS_DONE = "Event_ChairsDone";

  /** Sent by the last chair instance of a quarter to end ({@code NotifyQuarterDelegate}). */
  public static final String MESSAGE_CHAIRS_DONE = "chairStipendChairsDone";

  public static final String TASK_CHECK_ASSESSMENTS = "Task_CheckAssessments";

  /** Timer between two checks of the open chairs ({@code assessment-check-interval}). */
  public static final String TIMER_NEXT_CHECK = "Timer_NextCheck";

  /** The city union's approval of the payment list. */
  public static final String TASK_APPROVE_LIST = "Task_ApproveList";

  /** Service task after the approval: checks the decision and records the approver. */
  public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";

  public static final String TASK_RETURN_TO_TOWNS = "Task_ReturnToTowns";
  public static final String TASK_STORE_PAYMENTS = "Task_StorePayments";
  public static final String END_PAID = "EndEvent_Paid";

  // ---- variables: the quarter -------------------------------------------------------------------

  /** Quarter like {@code 2026Q3} (string). */
  public static final String QUARTER = "quarter";

  /** Deadline of every self-report of the quarter (date). */
  public static final String SELF_REPORT_DUE_DATE = "selfReportDueDate";

  /** Last chair id of the roster's previous page (string; null before the first page). */
  public static final String ROSTER_CURSOR = "rosterCursor";

  /** True once the roster's last page is written (boolean). */
  public static final String ROSTER_COMPLETE = "rosterComplete";

  /** True once every chair awaiting its self-report or assessment has an instance (boolean). */
  public static final String ALL_CHAIRS_STARTED = "allChairsStarted";

  /** Eligible chairs on the roster (integer). */
  public static final String ELIGIBLE_COUNT = "eligibleCount";

  /** Chairs whose self-report or assessment is still open (integer). */
  public static final String OPEN_CHAIRS = "openChairs";

  /** ISO-8601 period between two checks of the open chairs. */
  public static final String ASSESSMENT_CHECK_INTERVAL = "assessmentCheckInterval";

  /** Approval: decision, who approved, and the summary shown to the approver. */
  public static final String APPROVED = "approved";

  public static final String APPROVED_BY = "approvedBy";
  public static final String PAYABLE_COUNT = "payableCount";
  public static final String PAYABLE_TOTAL = "payableTotal";

  /** The approver's comment; required when the list is returned. */
  public static final String COMMENT = "comment";

  // ---- variables: one chair ({@code chairStipendChair}) -----------------------------------------

  /** The chair of a {@code chairStipendChair} instance: the chair's id = the chair's user id. */
  public static final String CHAIR_ID = "chairId";

  /** Local facts of one chair shown in the forms. */
  public static final String CHAIR_NAME = "chairName";

  public static final String ENTERPRISE_NAME = "enterpriseName";

  /** The town union: candidate group of the assessment. */
  public static final String TOWN_UNIT_CODE = "townUnitCode";

  public static final String UNION_MEMBERS = "unionMembers";
  public static final String MONTHS = "months";

  /** True when the self-report is on record (a returned list skips it). */
  public static final String SELF_REPORTED = "selfReported";

  public static final String DUTIES_SUMMARY = "dutiesSummary";

  /** The town union's score 0–100; {@link #COMMENT} holds its comment. */
  public static final String SCORE = "score";

  /** An {@link AssessmentGrade} name from DMN {@code chairAssessmentGrade}. */
  public static final String GRADE = "grade";

  /** Monthly yuan from DMN {@code chairStipendAmount}. */
  public static final String MONTHLY_AMOUNT = "monthlyAmount";

  // ---- variables: the schedule ({@code chairStipendSchedule}) -----------------------------------

  /** The {@code chairStipend} instance the schedule started. */
  public static final String CHAIR_STIPEND_INSTANCE_ID = "chairStipendInstanceId";

  private ChairStipendModel() {}
}
