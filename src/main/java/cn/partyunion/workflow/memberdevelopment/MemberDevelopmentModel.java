package cn.partyunion.workflow.memberdevelopment;

/**
 * The names the Java code shares with {@code bpmn/memberDevelopment.bpmn} (DOMAIN §6): the process
 * key, the element ids it refers to, and the process variables. {@code MemberDevelopmentModelTest}
 * holds them to the diagram.
 */
public final class MemberDevelopmentModel {

  public static final String PROCESS_KEY = "memberDevelopment";

  // ---- element ids ------------------------------------------------------------------------------

  public static final String TASK_STORE_APPLICANT = "Task_StoreApplicant";
  public static final String TASK_APPLICANT_TALK = "Task_ApplicantTalk";
  public static final String TASK_DETERMINE_ACTIVIST = "Task_DetermineActivist";
  public static final String TASK_FILE_ACTIVIST = "Task_FileActivist";
  public static final String TASK_DETERMINE_DEVELOPMENT_TARGET = "Task_DetermineDevelopmentTarget";
  public static final String TIMER_ACTIVIST_INSPECTION = "BoundaryEvent_ActivistInspectionDue";
  public static final String TASK_INSPECT_ACTIVIST = "Task_InspectActivist";
  public static final String TASK_POLITICAL_REVIEW = "Task_PoliticalReview";
  public static final String TASK_RECORD_TRAINING = "Task_RecordTraining";
  public static final String TASK_PRE_REVIEW = "Task_PreReview";
  public static final String TASK_PUBLICITY = "Task_Publicity";
  public static final String TASK_ADMISSION_MEETING = "Task_AdmissionMeeting";
  public static final String TASK_ADMISSION_APPROVAL = "Task_AdmissionApproval";
  public static final String TASK_FILE_WITH_ORGDEPT = "Task_FileWithOrgDept";
  public static final String TASK_TAKE_OATH = "Task_TakeOath";
  public static final String TASK_CONVERSION_MEETING = "Task_ConversionMeeting";
  public static final String TIMER_PROBATION_INSPECTION = "BoundaryEvent_ProbationInspectionDue";
  public static final String TASK_INSPECT_PROBATIONARY = "Task_InspectProbationary";
  public static final String TASK_CONVERSION_APPROVAL = "Task_ConversionApproval";
  public static final String TASK_ARCHIVE = "Task_Archive";
  public static final String END_FULL_MEMBER = "EndEvent_FullMember";
  public static final String END_POLITICAL_REVIEW_FAILED = "EndEvent_PoliticalReviewFailed";
  public static final String END_OBJECTION_UPHELD = "EndEvent_ObjectionUpheld";
  public static final String END_ADMISSION_REFUSED = "EndEvent_AdmissionRefused";
  public static final String END_PROBATION_CANCELLED = "EndEvent_ProbationCancelled";

  // ---- variables: the applicant, set by the application (StoreApplicantDelegate) ---------------

  /** Record number, also the business key: the direct-report {@code ZB…} or {@code FZ<year><6>}. */
  public static final String RECORD_NO = "recordNo";

  public static final String CANDIDATE_NAME = "candidateName";
  public static final String GENDER = "gender";
  public static final String BIRTH_DATE = "birthDate";

  /** The day the written application was handed in ({@code yyyy-MM-dd}). */
  public static final String APPLICATION_DATE = "applicationDate";

  /** The enterprise = the instance's tenant. */
  public static final String ENTERPRISE_CODE = "enterpriseCode";

  public static final String ENTERPRISE_NAME = "enterpriseName";

  /** The enterprise's Party branch: candidate group of the branch's tasks. */
  public static final String BRANCH_CODE = "branchCode";

  /** The park = the higher Party committee's candidate group. */
  public static final String PARK_CODE = "parkCode";

  /** Input parameter of the storing service task: a {@link DevelopmentStep} name. */
  public static final String DEVELOPMENT_STEP = "developmentStep";

  /** The last step's outcome, read by the gateways after it (see {@link DevelopmentStep}). */
  public static final String LAST_OUTCOME = "lastOutcome";

  /** Shown in the forms: end of the probation ({@code yyyy-MM-dd}), once admitted. */
  public static final String PROBATION_END = "probationEnd";

  /** Shown in the forms: date of the admission meeting or of the conversion meeting. */
  public static final String LAST_MEETING_DATE = "lastMeetingDate";

  // ---- variables: the steps' form fields (DOMAIN §6) --------------------------------------------

  public static final String TALK_DATE = "talkDate";
  public static final String TALKER = "talker";
  public static final String TALK_RECORD = "talkRecord";
  public static final String RECOMMENDATION_METHOD = "recommendationMethod";
  public static final String ACTIVIST_DATE = "activistDate";
  public static final String CULTIVATION_CONTACTS = "cultivationContacts";
  public static final String INSPECTION_DATE = "inspectionDate";
  public static final String INSPECTION_RECORD = "inspectionRecord";
  public static final String DEVELOPMENT_TARGET_DATE = "developmentTargetDate";
  public static final String INTRODUCERS = "introducers";
  public static final String POLITICAL_REVIEW_PASSED = "politicalReviewPassed";
  public static final String TRAINING_DAYS = "trainingDays";
  public static final String TRAINING_HOURS = "trainingHours";
  public static final String PUBLICITY_START = "publicityStart";
  public static final String PUBLICITY_END = "publicityEnd";
  public static final String PUBLICITY_OBJECTIONS = "publicityObjections";
  public static final String VOLUNTEER_FORM_DATE = "volunteerFormDate";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEMBERS_WITH_VOTING_RIGHTS = "membersWithVotingRights";
  public static final String MEMBERS_PRESENT = "membersPresent";
  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  public static final String ABSTENTIONS = "abstentions";
  public static final String COMMITTEE_TALK_DATE = "committeeTalkDate";
  public static final String COMMITTEE_TALKER = "committeeTalker";
  public static final String APPROVED = "approved";
  public static final String OATH_DATE = "oathDate";
  public static final String PARTY_GROUP = "partyGroup";
  public static final String CONVERSION_APPLICATION_DATE = "conversionApplicationDate";

  /** A {@link ConversionDecision} name. */
  public static final String CONVERSION_DECISION = "conversionDecision";

  public static final String EXTENSION_MONTHS = "extensionMonths";
  public static final String ARCHIVED = "archived";
  public static final String COMMENT = "comment";

  private MemberDevelopmentModel() {}
}
