package cn.partyunion.workflow.enterprisedesignation;

/**
 * The names the Java code shares with {@code bpmn/enterpriseDesignation.bpmn} (DOMAIN §7): the
 * process key, the ids of the elements it refers to, and the process variables. {@code
 * EnterpriseDesignationModelTest} holds them to the diagram.
 */
public final class EnterpriseDesignationModel {

  /** Process key of the yearly designation of direct-report enterprises. */
  public static final String PROCESS_KEY = "enterpriseDesignation";

  // ---- element ids ------------------------------------------------------------------------------

  public static final String START_YEAR_OPENED = "StartEvent_YearOpened";

  /** One instance per recommending committee (park and industry-chain committees). */
  public static final String SUBPROCESS_RECOMMENDATION = "SubProcess_Recommendation";

  /** A committee's recommendation (candidate group: the committee). */
  public static final String TASK_RECOMMEND = "Task_Recommend";

  /** Service task after the recommendation: checks and stores it. */
  public static final String TASK_STORE_RECOMMENDATION = "Task_StoreRecommendation";

  public static final String TIMER_REMINDER = "BoundaryEvent_RecommendationReminder";
  public static final String TASK_REMIND_COMMITTEES = "Task_RemindCommittees";
  public static final String TIMER_OVERDUE = "BoundaryEvent_RecommendationOverdue";
  public static final String TASK_FLAG_OVERDUE_COMMITTEES = "Task_FlagOverdueCommittees";

  /** Interrupting timer: the recommendation stage closes without the missing committees. */
  public static final String TIMER_CLOSED = "BoundaryEvent_RecommendationClosed";

  public static final String TASK_CLOSE_RECOMMENDATIONS = "Task_CloseRecommendations";
  public static final String GATEWAY_ANY_RECOMMENDED = "Gateway_AnyRecommended";
  public static final String END_NONE_RECOMMENDED = "EndEvent_NoneRecommended";

  /** The organization department ticks the batch (form: liaison and officer of each). */
  public static final String TASK_CONFIRM_BATCH = "Task_ConfirmBatch";

  /** Service task after the confirmation: stores the batch and provisions the channel. */
  public static final String TASK_DESIGNATE_BATCH = "Task_DesignateBatch";

  public static final String END_BATCH_DESIGNATED = "EndEvent_BatchDesignated";

  // ---- variables --------------------------------------------------------------------------------

  /** Start form: the designation year (integer). */
  public static final String YEAR = "year";

  /** Start form: last day of the recommendations, {@code yyyy-MM-dd}. */
  public static final String RECOMMENDATION_DEADLINE = "recommendationDeadline";

  /** Set at the start: the committee codes, the collection of the recommendation stage. */
  public static final String COMMITTEES = "committees";

  /** The element variable of the recommendation stage: one committee's code. */
  public static final String COMMITTEE = "committee";

  /** Due date of every recommendation task (the end of the deadline day), a {@code Date}. */
  public static final String RECOMMENDATION_DUE_AT = "recommendationDueAt";

  /** When the committees still open are reminded. */
  public static final String RECOMMENDATION_REMINDER_AT = "recommendationReminderAt";

  /** When the recommendation stage closes without the committees still missing. */
  public static final String RECOMMENDATION_CLOSES_AT = "recommendationClosesAt";

  /** Task-local: the {@code [{label, value}]} options of the recommendation checklist. */
  public static final String ENTERPRISE_OPTIONS = "enterpriseOptions";

  /** Recommendation form: the chosen enterprise codes (list). */
  public static final String RECOMMENDED_ENTERPRISES = "recommendedEnterprises";

  /** Recommendation form: the reason (required when an enterprise is chosen). */
  public static final String RECOMMENDATION_REASON = "designationReason";

  /** Input of the flagging service tasks: {@code REMINDED} or {@code YELLOW}. */
  public static final String COMMITTEE_FLAG = "committeeFlag";

  /** Set when the stage closes: how many enterprises were recommended (integer). */
  public static final String RECOMMENDED_COUNT = "recommendedCount";

  /** Set when the stage closes: the options of the confirmation checklist. */
  public static final String RECOMMENDED_OPTIONS = "recommendedOptions";

  /** Confirmation form: the enterprise codes designated for the year (list). */
  public static final String DESIGNATED_ENTERPRISES = "designatedEnterprises";

  private EnterpriseDesignationModel() {}
}
