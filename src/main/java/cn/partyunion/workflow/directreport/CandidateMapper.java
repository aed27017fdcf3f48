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

  /** Inserts a new case with status {@code UNDER_REVIEW}; the generated id lands in {@code key}. */
  void insert(
      @Param("key") GeneratedKey key,
      @Param("n") Nomination nomination,
      @Param("enterpriseCode") String enterpriseCode,
      @Param("parkCode") String parkCode,
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

  /** Sets the status of an open case. */
  void updateStatus(@Param("recordNo") String recordNo, @Param("status") String status);

  /** Takes the candidate into the information database ({@code IN_DATABASE}). */
  void approve(@Param("recordNo") String recordNo, @Param("approvedAt") LocalDateTime approvedAt);

  /** Closes the case: final status, reason, and the ID number is free for a new nomination. */
  void close(
      @Param("recordNo") String recordNo,
      @Param("status") String status,
      @Param("closedAt") LocalDateTime closedAt,
      @Param("reason") String reason);

  /** Records the member-development stage. */
  void updateStage(@Param("recordNo") String recordNo, @Param("stage") String stage);

  /** Appends a step to the case's timeline. */
  void insertStep(
      @Param("recordNo") String recordNo,
      @Param("step") String step,
      @Param("actor") String actor,
      @Param("decision") String decision,
      @Param("comment") String comment,
      @Param("at") LocalDateTime at);

  /** The case's steps, oldest first. */
  List<TimelineEntry> findSteps(@Param("recordNo") String recordNo);

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

  /**
   * One page of cases, newest first, filtered by {@code status} and {@code enterpriseCode} (each
   * optional) and limited to {@code visibleEnterprises} unless it is {@code null} (= all
   * enterprises).
   */
  List<Candidate> findPage(
      @Param("status") String status,
      @Param("enterpriseCode") String enterpriseCode,
      @Param("visibleEnterprises") List<String> visibleEnterprises,
      @Param("offset") int offset,
      @Param("limit") int limit);

  /** Number of cases {@link #findPage} would return without paging. */
  long count(
      @Param("status") String status,
      @Param("enterpriseCode") String enterpriseCode,
      @Param("visibleEnterprises") List<String> visibleEnterprises);
}
