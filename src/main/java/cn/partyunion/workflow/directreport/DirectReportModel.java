package cn.partyunion.workflow.directreport;

/**
 * The names the Java code shares with {@code bpmn/directReport.bpmn}: the process key, the ids of
 * the elements it refers to, and the process variables. {@code DirectReportModelTest} checks them
 * against the diagram (every element id exists, every variable the diagram reads is here), so
 * renaming an element or a variable on one side only fails the build.
 */
public final class DirectReportModel {

  public static final String PROCESS_KEY = "directReport";

  // ---- element ids ------------------------------------------------------------------------------

  public static final String TASK_STORE_NOMINATION = "Task_StoreNomination";
  public static final String TASK_LIAISON_REVIEW = "Task_LiaisonReview";
  public static final String TASK_PARK_REVIEW = "Task_ParkReview";
  public static final String TASK_ORGDEPT_APPROVAL = "Task_OrgDeptApproval";
  public static final String TASK_RESUBMIT_NOMINATION = "Task_ResubmitNomination";
  public static final String TASK_NAME_MENTOR = "Task_NameMentor";
  public static final String TASK_NAME_INSPECTOR = "Task_NameInspector";

  /** Timer of the half-yearly inspection ({@code inspection-period}). */
  public static final String TIMER_INSPECTION_DUE = "TimerEvent_InspectionDue";

  public static final String TASK_RECORD_INSPECTION = "Task_RecordInspection";
  public static final String TASK_MATURITY_DECISION = "Task_MaturityDecision";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  /**
   * The {@code MATURE} decision hands the case to {@code memberDevelopment} (same business key,
   * DOMAIN §6); the case ends when that procedure ends.
   */
  public static final String CALL_MEMBER_DEVELOPMENT = "CallActivity_MemberDevelopment";

  public static final String END_DEVELOPMENT_CONCLUDED = "EndEvent_DevelopmentConcluded";

  // ---- variables: the nomination (start form and resubmission form, see Nomination) -------------

  public static final String CANDIDATE_NAME = "candidateName";

  /** A {@link Gender} name. */
  public static final String GENDER = "gender";

  public static final String ETHNICITY = "ethnicity";
  public static final String BIRTH_DATE = "birthDate";

  /** The full number as typed; masked (first 6 + last 4) once the nomination is stored. */
  public static final String ID_NUMBER = "idNumber";

  public static final String PHONE = "phone";
  public static final String EDUCATION = "education";
  public static final String JOB_TITLE = "jobTitle";
  public static final String SKILL_LEVEL = "skillLevel";

  /** A {@link TalentCategory} name. */
  public static final String TALENT_CATEGORY = "talentCategory";

  /** A {@link PoliticalStatus} name. */
  public static final String POLITICAL_STATUS = "politicalStatus";

  public static final String APPLICATION_DATE = "applicationDate";
  public static final String DISCOVERY_CHANNEL = "discoveryChannel";
  public static final String HONORS = "honors";
  public static final String RECOMMENDATION_REASON = "recommendationReason";

  // ---- variables: the case, set by the application from its tables ------------------------------

  /** Record number {@code ZB<year><6 digits>}, also the business key. */
  public static final String RECORD_NO = "recordNo";

  /** The enterprise = the case's tenant and the enterprise contacts' candidate group. */
  public static final String ENTERPRISE_CODE = "enterpriseCode";

  /** The enterprise's name, a column of Tasklist's list. */
  public static final String ENTERPRISE_NAME = "enterpriseName";

  /** The park = the park committee's candidate group. */
  public static final String PARK_CODE = "parkCode";

  /** A review form's field, filled from {@code dr_candidate} ({@link CandidateFormValues}). */
  public static final String PARK_NAME = "parkName";

  /** The liaison's user id: assignee of the liaison review. */
  public static final String LIAISON_ID = "liaisonId";

  /** Why the case was returned, shown in the resubmission form. */
  public static final String RETURN_REASON = "returnReason";

  // ---- variables: reviews -----------------------------------------------------------------------

  /** Input parameter of the review's service task: a {@link ReviewStep} name. */
  public static final String REVIEW_STEP = "reviewStep";

  /** A {@link ReviewDecision} name, as the review form submits it. */
  public static final String DECISION = "decision";

  /** The comment of a review or maturity decision form. */
  public static final String COMMENT = "comment";

  /**
   * The last review's decision, read by the gateway after each review (transient, {@link
   * GatewayDecision}).
   */
  public static final String LAST_DECISION = "lastDecision";

  // form fields filled from dr_review_record and dr_candidate when a form is opened
  // (CandidateFormValues); instances started by earlier releases hold them as variables

  /** The liaison's latest opinion, shown in the park's and the organization department's review. */
  public static final String LIAISON_OPINION = "liaisonOpinion";

  /** The park's latest opinion, shown in the organization department's review. */
  public static final String PARK_OPINION = "parkOpinion";

  /** The day the candidate entered the information database ({@code yyyy-MM-dd}). */
  public static final String APPROVED_DATE = "approvedDate";

  /** The first day the candidate may be found mature ({@link Cultivation}). */
  public static final String EARLIEST_MATURE_DATE = "earliestMatureDate";

  // ---- variables: dual management ---------------------------------------------------------------

  /** Input parameter of the pairing's service task: {@code MENTOR} or {@code INSPECTOR}. */
  public static final String PAIRING_ROLE = "pairingRole";

  public static final String MENTOR_NAME = "mentorName";
  public static final String MENTOR_PHONE = "mentorPhone";
  public static final String INSPECTOR_NAME = "inspectorName";
  public static final String INSPECTOR_PHONE = "inspectorPhone";

  // ---- variables: inspections and the maturity decision -----------------------------------------

  public static final String INSPECTION_DATE = "inspectionDate";
  public static final String CONDUCT = "conduct";
  public static final String WORK = "work";
  public static final String STUDY = "study";

  /** An {@link InspectionOpinion} name. */
  public static final String INSPECTION_OPINION = "inspectionOpinion";

  /** Summary of the last inspection, shown in the maturity decision form. */
  public static final String LAST_INSPECTION = "lastInspection";

  /** A {@link MaturityDecision} name, as the form submits it. */
  public static final String MATURITY_DECISION = "maturityDecision";

  /**
   * The last maturity decision, read by the gateway after it (transient, {@link GatewayDecision}).
   */
  public static final String LAST_MATURITY_DECISION = "lastMaturityDecision";

  /**
   * A {@link DevelopmentStage} name, submitted by the hand-typed stage task of versions before
   * 2026.3 ({@link ReviewStep#DEVELOPMENT_STAGE}), kept for the cases still running them.
   */
  public static final String DEVELOPMENT_STAGE = "developmentStage";

  private DirectReportModel() {}
}
