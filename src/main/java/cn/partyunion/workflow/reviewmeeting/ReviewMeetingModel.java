package cn.partyunion.workflow.reviewmeeting;

/**
 * The names the Java code shares with {@code bpmn/reviewMeeting.bpmn} and {@code
 * bpmn/reviewMeetingGrade.dmn}: the process key, the decision key, the ids of the elements it
 * refers to, and the process variables. {@code ReviewMeetingModelTest} checks them against the
 * models (every element id exists, every variable the diagram reads is here), so renaming an
 * element or a variable on one side only fails the build.
 */
public final class ReviewMeetingModel {

  /** Process key of the reporting-and-review meeting. */
  public static final String PROCESS_KEY = "reviewMeeting";

  /** DMN decision giving a unit's overall grade from its composite score. */
  public static final String GRADE_DECISION_KEY = "reviewMeetingGrade";

  // ---- element ids ------------------------------------------------------------------------------

  /** The report stage: one instance per unit, holding the report task and its storing. */
  public static final String SUBPROCESS_REPORT = "SubProcess_Report";

  /** User task of a unit's written report (one per unit). */
  public static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";

  /** Service task after the report task: checks and stores the report. */
  public static final String TASK_STORE_REPORT = "Task_StoreReport";

  public static final String TIMER_REPORT_REMINDER = "BoundaryEvent_ReportReminder";
  public static final String TASK_REMIND_REPORTS = "Task_RemindReports";
  public static final String END_REPORTS_REMINDED = "EndEvent_ReportsReminded";
  public static final String TIMER_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
  public static final String TASK_FLAG_OVERDUE_REPORTS = "Task_FlagOverdueReports";
  public static final String END_OVERDUE_FLAGGED = "EndEvent_OverdueFlagged";

  /** Timer at the meeting's start: closes the report stage. */
  public static final String TIMER_MEETING_BEGINS = "BoundaryEvent_MeetingBegins";

  public static final String GATEWAY_REPORTS_CLOSED = "Gateway_ReportsClosed";
  public static final String TASK_RECORD_MISSING_REPORTS = "Task_RecordMissingReports";

  /** The deputy secretary's comment on one unit (one instance per unit). */
  public static final String SUBPROCESS_UNIT_REVIEW = "SubProcess_UnitReview";

  /** The deputy secretary's comment on one unit. */
  public static final String TASK_COMMENT = "Task_Comment";

  /** Service task after the comment: checks and stores it. */
  public static final String TASK_STORE_COMMENT = "Task_StoreComment";

  /** The rating sheets: one instance per rater, holding the sheet task and its storing. */
  public static final String SUBPROCESS_RATING = "SubProcess_Rating";

  /** One rater's rating sheet (测评表) of every unit. */
  public static final String TASK_RATE = "Task_Rate";

  /** Service task after a sheet: checks it is complete and stores one rating per unit. */
  public static final String TASK_STORE_RATING = "Task_StoreRating";

  public static final String TASK_TALLY = "Task_Tally";
  public static final String TASK_CONFIRM_RESULTS = "Task_ConfirmResults";

  /** Service task after the confirmation: checks the decision for the gateway. */
  public static final String TASK_RECORD_CONFIRMATION = "Task_RecordConfirmation";

  public static final String TASK_FEED_BACK_RESULTS = "Task_FeedBackResults";

  // ---- variables: the start form and what the start listener derives from it --------------------

  public static final String YEAR = "year";

  /** {@code yyyy-MM-dd}. */
  public static final String MEETING_DATE = "meetingDate";

  /** Unit codes; the collection of the per-unit report tasks and reviews. */
  public static final String REPORTING_UNITS = "reportingUnits";

  /** Rater user ids; the collection of the rating tasks. */
  public static final String RATERS = "raters";

  /** User id of the deputy secretary: assignee of the comment tasks. */
  public static final String DEPUTY_SECRETARY = "deputySecretary";

  /** Id of the meeting in {@code rm_meeting}. */
  public static final String MEETING_ID = "meetingId";

  public static final String REPORT_DUE_AT = "reportDueAt";
  public static final String REPORT_REMINDER_AT = "reportReminderAt";
  public static final String MEETING_STARTS_AT = "meetingStartsAt";

  // ---- variables: one unit ----------------------------------------------------------------------

  /** The unit of a per-unit task (element variable of the multi-instances). */
  public static final String UNIT_CODE = "unitCode";

  /** The rater of a rating task (element variable of the ratings; the task's assignee). */
  public static final String RATER = "rater";

  public static final String UNIT_NAME = "unitName";

  /** The report's status label, shown read-only in the comment and rating forms. */
  public static final String UNIT_REPORT_STATUS = "unitReportStatus";

  public static final String UNIT_REPORT = "unitReport";
  public static final String UNIT_KEY_FIGURES = "unitKeyFigures";

  // ---- variables: the report stage --------------------------------------------------------------

  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String KEY_FIGURES = "keyFigures";

  /** Input parameter of the flagging service tasks: {@link #REMINDED} or {@link #OVERDUE}. */
  public static final String REPORT_FLAG = "reportFlag";

  /** Task-local boolean of a reminded report task (and the value of {@link #REPORT_FLAG}). */
  public static final String REMINDED = "reminded";

  /** Task-local boolean of an overdue report task (and the value of {@link #REPORT_FLAG}). */
  public static final String OVERDUE = "overdue";

  public static final String MISSING_REPORT_COUNT = "missingReportCount";

  // ---- variables: comment, rating, tally and confirmation ---------------------------------------

  public static final String COMMENT = "comment";

  /**
   * A submitted rating sheet (DOMAIN §2.3): a list of {@code {unitCode, grade, remark}}, one entry
   * per reporting unit; optional when the rater's draft holds the sheet.
   */
  public static final String RATINGS = "ratings";

  /** A {@link Grade} name, as the per-unit rating form of versions before 2026.3 submits it. */
  public static final String GRADE = "grade";

  public static final String REMARK = "remark";

  /** Input of the grade decision: the composite score. */
  public static final String SCORE = "score";

  /** The tallied table (JSON rows of {@link ResultsTable}), shown in the confirmation form. */
  public static final String RESULTS_TABLE = "resultsTable";

  /** Path of the meeting's workbench page (results, charts, Excel export), linked from the form. */
  public static final String RESULTS_PAGE = "resultsPage";

  /**
   * Task-local variable of a report task: path of the meeting's workbench page, where the unit
   * uploads its report attachment (form-js has no file picker), linked from the report form.
   */
  public static final String ATTACHMENT_PAGE = "attachmentPage";

  public static final String CONFIRMED = "confirmed";
  public static final String RECOUNT_REASON = "recountReason";

  private ReviewMeetingModel() {}
}
