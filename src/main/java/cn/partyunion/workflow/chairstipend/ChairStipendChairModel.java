package cn.partyunion.workflow.chairstipend;

/**
 * The process key and element ids of {@code bpmn/chairStipendChair.bpmn}, one instance per eligible
 * chair and quarter; its variables are in {@link ChairStipendModel}.
 */
public final class ChairStipendChairModel {

  public static final String PROCESS_KEY = "chairStipendChair";

  // ---- element ids ------------------------------------------------------------------------------

  /** The chair's self-report (assignee = the chair). */
  public static final String TASK_SELF_REPORT = "Task_SelfReport";

  /** Service task after the self-report: checks and stores it on the roster. */
  public static final String TASK_STORE_SELF_REPORT = "Task_StoreSelfReport";

  /** Timer at the self-report deadline. */
  public static final String TIMER_SELF_REPORT_OVERDUE = "BoundaryEvent_SelfReportOverdue";

  public static final String TASK_RECORD_NO_SELF_REPORT = "Task_RecordNoSelfReport";
  public static final String END_NO_SELF_REPORT = "EndEvent_NoSelfReport";

  /** The town union's assessment. */
  public static final String TASK_ASSESS = "Task_Assess";

  /** Service task after the assessment: checks the score before the asynchronous grading. */
  public static final String TASK_RECORD_SCORE = "Task_RecordScore";

  public static final String TASK_RECORD_ASSESSMENT = "Task_RecordAssessment";

  private ChairStipendChairModel() {}
}
