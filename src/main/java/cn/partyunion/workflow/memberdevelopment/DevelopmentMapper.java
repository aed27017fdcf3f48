package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.development.DevelopmentLights;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Stores the member-development procedure (DOMAIN §6): the applicant ({@code md_applicant}), the
 * timeline ({@code md_step}) and one table per record kind (talk, activist with cultivation
 * contacts, filing, inspection, introducer, political review, training, publicity, branch meeting,
 * approval, oath, conversion, archive). Called by the process's service tasks inside the engine's
 * transaction.
 */
@Mapper
public interface DevelopmentMapper {

  /** Holder for the id the database generates on insert. */
  final class GeneratedKey {
    public Long id;
  }

  /** One row of {@code md_step}: a step of the 纪实. */
  record Step(
      String recordNo,
      String step,
      String actor,
      String actorName,
      String decision,
      String summary,
      LocalDateTime at,
      LocalDateTime startedAt,
      LocalDateTime dueAt) {}

  /** The talk with an applicant (细则 第七条). */
  record Talk(String recordNo, LocalDate talkDate, String talker, String talkRecord) {}

  /** The activist decision (细则 第八条) with its cultivation contacts (第九条). */
  record Activist(
      String recordNo,
      String recommendationMethod,
      LocalDate activistDate,
      List<String> cultivationContacts) {}

  /** A filing with the higher committee or the organization department (细则 第八条, 第十三条, 第二十九条). */
  record Filing(String recordNo, String level, String stage, String comment) {}

  /** A half-yearly inspection of an activist or probationary member (细则 第十一条, 第三十三条). */
  record Inspection(
      String recordNo, String stage, LocalDate inspectionDate, String inspectionRecord) {}

  /** The development-target decision (细则 第十三条) with its two introducers (第十四条). */
  record DevelopmentTarget(
      String recordNo, LocalDate developmentTargetDate, List<String> introducers) {}

  /** The political review (细则 第十九、二十条). */
  record PoliticalReview(String recordNo, boolean passed, String comment) {}

  /** The concentrated training (细则 第二十一条), in days or class hours. */
  record Training(String recordNo, Integer trainingDays, Integer trainingHours) {}

  /** The publicity (细则 第二十二条). */
  record Publicity(
      String recordNo,
      LocalDate publicityStart,
      LocalDate publicityEnd,
      int workingDays,
      boolean objections,
      String comment) {}

  /**
   * A branch general meeting (细则 第二十四至二十六条, 第三十五条).
   *
   * @param purpose {@code ADMISSION} or {@code CONVERSION}
   * @param formDate the volunteer form's date (admission) or the conversion application's
   */
  record BranchMeeting(
      String recordNo,
      String purpose,
      LocalDate formDate,
      LocalDate meetingDate,
      int membersWithVotingRights,
      int membersPresent,
      int votesFor,
      int votesAgainst,
      int abstentions) {}

  /**
   * The higher committee's pre-review (细则 第二十二条) or its approval of the admission after a talk
   * (第二十八、二十九条).
   *
   * @param purpose {@code PRE_REVIEW} or {@code ADMISSION}
   */
  record Approval(
      String recordNo,
      String purpose,
      LocalDate committeeTalkDate,
      String committeeTalker,
      boolean approved,
      String comment) {}

  /** The oath and the party group (细则 第三十一、三十二条). */
  record Oath(String recordNo, LocalDate oathDate, String partyGroup) {}

  /**
   * The higher committee's decision on the conversion (细则 第三十四、三十六条).
   *
   * @param decision a {@link ConversionDecision} name
   * @param probationEnd the probation's end after this decision
   */
  record Conversion(
      String recordNo,
      String decision,
      Integer extensionMonths,
      LocalDate probationEnd,
      String comment) {}

  // ---- the applicant ----------------------------------------------------------------------------

  /** Inserts the applicant in stage {@code APPLICANT}; the generated id lands in {@code key}. */
  void insertApplicant(
      @Param("key") GeneratedKey key,
      @Param("a") Applicant applicant,
      @Param("at") LocalDateTime at);

  /** Gives the applicant with {@code id} its record number (branch registrations). */
  void assignRecordNo(@Param("id") long id, @Param("recordNo") String recordNo);

  /** The applicant, or {@code null}. */
  Applicant findApplicant(@Param("recordNo") String recordNo);

  /**
   * The open statutory step's due date and red-light instant ({@code null}, {@code null} when none
   * is open).
   */
  void setStepDue(
      @Param("recordNo") String recordNo,
      @Param("dueAt") LocalDateTime dueAt,
      @Param("redAt") LocalDateTime redAt);

  /**
   * Open statutory steps per enterprise with yellow and red counts (DOMAIN §1.7).
   *
   * @param now the current time
   * @param parks the parks to count, {@code null} for all, never empty
   */
  List<DevelopmentLights.EnterpriseLights> lights(
      @Param("now") LocalDateTime now, @Param("parks") List<String> parks);

  /** Moves the applicant to {@code stage} (a {@link MemberStage} name). */
  void updateStage(
      @Param("recordNo") String recordNo,
      @Param("stage") String stage,
      @Param("at") LocalDateTime at);

  void setActivistDate(@Param("recordNo") String recordNo, @Param("date") LocalDate date);

  void setDevelopmentTargetDate(@Param("recordNo") String recordNo, @Param("date") LocalDate date);

  void setPublicityEnd(@Param("recordNo") String recordNo, @Param("date") LocalDate date);

  /** Records the admission meeting and the probation's end it sets. */
  void setAdmission(
      @Param("recordNo") String recordNo,
      @Param("meetingDate") LocalDate meetingDate,
      @Param("probationEnd") LocalDate probationEnd);

  /** Extends the probation to {@code probationEnd} and counts the extension. */
  void extendProbation(
      @Param("recordNo") String recordNo, @Param("probationEnd") LocalDate probationEnd);

  /** Closes the procedure: {@code FULL_MEMBER}, or {@code ENDED} with the reason. */
  void close(
      @Param("recordNo") String recordNo,
      @Param("stage") String stage,
      @Param("reason") String reason,
      @Param("at") LocalDateTime at);

  // ---- the records ------------------------------------------------------------------------------

  void insertStep(@Param("s") Step step);

  /** The applicant's steps, oldest first. */
  List<Step> findSteps(@Param("recordNo") String recordNo);

  void insertTalk(@Param("r") Talk talk, @Param("at") LocalDateTime at);

  void insertActivist(@Param("r") Activist activist, @Param("at") LocalDateTime at);

  void insertCultivationContact(
      @Param("recordNo") String recordNo,
      @Param("position") int position,
      @Param("name") String name,
      @Param("at") LocalDateTime at);

  void insertFiling(@Param("r") Filing filing, @Param("at") LocalDateTime at);

  void insertInspection(@Param("r") Inspection inspection, @Param("at") LocalDateTime at);

  void insertIntroducer(
      @Param("recordNo") String recordNo,
      @Param("position") int position,
      @Param("name") String name,
      @Param("at") LocalDateTime at);

  void insertPoliticalReview(@Param("r") PoliticalReview review, @Param("at") LocalDateTime at);

  void insertTraining(@Param("r") Training training, @Param("at") LocalDateTime at);

  void insertPublicity(@Param("r") Publicity publicity, @Param("at") LocalDateTime at);

  void insertBranchMeeting(@Param("r") BranchMeeting meeting, @Param("at") LocalDateTime at);

  void insertApproval(@Param("r") Approval approval, @Param("at") LocalDateTime at);

  void insertOath(@Param("r") Oath oath, @Param("at") LocalDateTime at);

  void insertConversion(@Param("r") Conversion conversion, @Param("at") LocalDateTime at);

  void insertArchive(@Param("recordNo") String recordNo, @Param("at") LocalDateTime at);
}
