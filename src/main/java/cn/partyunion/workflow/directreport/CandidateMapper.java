package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Stores a candidate's case and every step of it (tables {@code dr_candidate}, {@code
 * dr_review_record}, {@code dr_pairing}, {@code dr_inspection}). Called by the process's service
 * tasks inside the engine's transaction.
 */
@Mapper
public interface CandidateMapper {

  /** Holder for the id the database generates on insert. */
  final class GeneratedKey {
    public Long id;
  }

  /**
   * One row of {@code dr_review_record}.
   *
   * @param actorName the actor's real name at the time ({@code null} for the system)
   * @param startedAt when the user task the step completes was created ({@code null} for a start)
   * @param dueAt that task's due date, if it had one
   * @param durationMinutes minutes from {@code startedAt} to {@code at}
   */
  record Step(
      String recordNo,
      String step,
      String actor,
      String actorName,
      String decision,
      String comment,
      LocalDateTime at,
      LocalDateTime startedAt,
      LocalDateTime dueAt,
      Long durationMinutes) {}

  /**
   * Inserts a new case with status {@code UNDER_REVIEW}, stage {@code NOMINATED} and the
   * enterprise's industry; the generated id lands in {@code key}.
   */
  void insert(
      @Param("key") GeneratedKey key,
      @Param("n") Nomination nomination,
      @Param("enterpriseCode") String enterpriseCode,
      @Param("parkCode") String parkCode,
      @Param("industry") String industry,
      @Param("processInstanceId") String processInstanceId,
      @Param("nominatedAt") LocalDateTime nominatedAt);

  /** Gives the case with {@code id} its record number. */
  void assignRecordNo(@Param("id") long id, @Param("recordNo") String recordNo);

  /** Replaces the nomination's fields after a return and reopens the review. */
  void updateNomination(@Param("recordNo") String recordNo, @Param("n") Nomination nomination);

  /** The case with this record number, or {@code null}. */
  Candidate findByRecordNo(@Param("recordNo") String recordNo);

  /**
   * The open case (any enterprise) that holds {@code idNumber}, other than {@code exceptRecordNo};
   * {@code null} when there is none.
   */
  Candidate findOpenByIdNumber(
      @Param("idNumber") String idNumber, @Param("exceptRecordNo") String exceptRecordNo);

  /**
   * Returns the case to the enterprise for correction (status {@code RETURNED}); the review that
   * returned it is over, so its due date is cleared.
   */
  void markReturned(@Param("recordNo") String recordNo);

  /**
   * Takes the candidate into the information database (status and stage {@code IN_DATABASE}) and
   * clears the due date of the review that approved it.
   */
  void approve(@Param("recordNo") String recordNo, @Param("approvedAt") LocalDateTime approvedAt);

  /**
   * Closes the case: final status, reason, no review due date, and the ID number is free for a new
   * nomination.
   */
  void close(
      @Param("recordNo") String recordNo,
      @Param("status") String status,
      @Param("closedAt") LocalDateTime closedAt,
      @Param("reason") String reason);

  /** The organization department found the candidate mature: status and stage {@code MATURE}. */
  void markMature(@Param("recordNo") String recordNo, @Param("at") LocalDateTime at);

  /**
   * Records the member-development stage ({@link DevelopmentStage} name) with the {@link
   * CandidateStage} it stands for and the day it was reached.
   */
  void updateStage(
      @Param("recordNo") String recordNo,
      @Param("developmentStage") String developmentStage,
      @Param("stage") String stage,
      @Param("at") LocalDateTime at);

  /** Sets (or, with {@code null}, clears) the due date of the case's open review task. */
  void setReviewDue(@Param("recordNo") String recordNo, @Param("dueAt") LocalDateTime dueAt);

  /**
   * Adds one review step of {@code minutes} to the sums of the park ({@code dr_review_duration});
   * returns 0 when the park has no row for the step yet.
   */
  int addReviewDuration(
      @Param("parkCode") String parkCode,
      @Param("step") String step,
      @Param("minutes") long minutes);

  /** The park's first review step of {@code minutes}. */
  void insertReviewDuration(
      @Param("parkCode") String parkCode,
      @Param("step") String step,
      @Param("minutes") long minutes);

  /** Appends a step to the case's timeline. */
  void insertStep(Step step);

  /** The case's steps, oldest first. */
  List<TimelineEntry> findSteps(@Param("recordNo") String recordNo);

  /** Every stored field of the case, or {@code null}. */
  CandidateRecord findRecord(@Param("recordNo") String recordNo);

  /** The mentor and inspector of a case, by role. */
  List<PairingEntry> findPairings(@Param("recordNo") String recordNo);

  /** The inspections of a case, by period. */
  List<InspectionEntry> findInspections(@Param("recordNo") String recordNo);

  /**
   * Cases open under review without {@code review_due_at} (stored before version 10.1), at most
   * {@code limit} from {@code offset}, by id.
   */
  List<Candidate> findUnderReviewWithoutDue(@Param("limit") int limit, @Param("offset") int offset);

  /** Stores the mentor ({@code MENTOR}) or inspector ({@code INSPECTOR}) of a case. */
  void insertPairing(
      @Param("recordNo") String recordNo,
      @Param("role") String role,
      @Param("personName") String personName,
      @Param("phone") String phone,
      @Param("namedBy") String namedBy,
      @Param("at") LocalDateTime at);

  /** Number of inspections recorded for the case so far. */
  int countInspections(@Param("recordNo") String recordNo);

  /** Stores an inspection as period {@code periodNo} (1 = the first half-year). */
  void insertInspection(
      @Param("recordNo") String recordNo,
      @Param("periodNo") int periodNo,
      @Param("inspectionDate") LocalDate inspectionDate,
      @Param("conduct") String conduct,
      @Param("work") String work,
      @Param("study") String study,
      @Param("opinion") String opinion,
      @Param("recordedBy") String recordedBy,
      @Param("at") LocalDateTime at);

  /** One page of the cases matching {@code f}, in its sort order (ties by id). */
  List<Candidate> findPage(
      @Param("f") CandidateFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  /** Number of cases matching {@code f}. */
  long count(@Param("f") CandidateFilter filter);

  /**
   * The ids of every case matching {@code f}, in its sort order (the export reads them in pages).
   */
  List<Long> findIds(@Param("f") CandidateFilter filter);

  /** The cases with these ids, in any order. */
  List<Candidate> findByIds(@Param("ids") List<Long> ids);
}
