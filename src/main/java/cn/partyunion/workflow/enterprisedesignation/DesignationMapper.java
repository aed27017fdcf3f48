package cn.partyunion.workflow.enterprisedesignation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Storage of the yearly designation (tables {@code ed_batch}, {@code ed_committee}, {@code
 * ed_recommendation}, {@code ed_designation}) and the reads of the registers it needs ({@code
 * dr_park}, {@code dr_chain}, {@code dr_enterprise}, {@code dr_officer}).
 */
@Mapper
public interface DesignationMapper {

  /** A designation year. {@code status}: {@code OPEN} or {@code CONFIRMED}. */
  record Batch(int batchYear, String processInstanceId, LocalDate deadline, String status) {}

  /** A recommending committee: a park committee or an industry-chain committee. */
  record Committee(String code, String name, CommitteeKind kind) {}

  /** One committee's recommendation of one enterprise. */
  record Recommendation(String enterpriseCode, String committeeCode, CommitteeKind kind) {}

  /** One committee's task of a year, with its light. */
  record CommitteeTask(String committeeCode, CommitteeKind kind, String status, String flag) {}

  void insertBatch(
      @Param("year") int year,
      @Param("processInstanceId") String processInstanceId,
      @Param("deadline") LocalDate deadline,
      @Param("status") String status,
      @Param("openedBy") String openedBy,
      @Param("openedAt") LocalDateTime openedAt);

  /** The batch of {@code year}, or {@code null}. */
  Batch findBatch(@Param("year") int year);

  void confirmBatch(
      @Param("year") int year,
      @Param("confirmedBy") String confirmedBy,
      @Param("confirmedAt") LocalDateTime confirmedAt);

  /** Every park committee and industry-chain committee of the registers: parks first, by code. */
  List<Committee> findCommittees();

  /** The committee with this code, or {@code null}. */
  Committee findCommittee(@Param("code") String code);

  void insertCommitteeTask(
      @Param("year") int year, @Param("code") String code, @Param("kind") CommitteeKind kind);

  /** The committees' tasks of {@code year}, by code. */
  List<CommitteeTask> findCommitteeTasks(@Param("year") int year);

  void markRecommended(
      @Param("year") int year,
      @Param("code") String code,
      @Param("status") String status,
      @Param("by") String by,
      @Param("at") LocalDateTime at);

  /** Sets {@code flag} on every committee task of {@code year} still {@code OPEN}. */
  int flagOpenCommittees(@Param("year") int year, @Param("flag") String flag);

  /** Closes the open committee tasks of {@code year}: status {@code MISSED}, flag {@code RED}. */
  int closeOpenCommittees(@Param("year") int year);

  /** The registered enterprises of a park ({@code PARK}) or an industry chain ({@code CHAIN}). */
  List<RegisteredEnterprise> findEnterprisesOf(
      @Param("kind") CommitteeKind kind, @Param("code") String code);

  /** The registered enterprises among {@code codes}, by code. */
  List<RegisteredEnterprise> findEnterprises(@Param("codes") List<String> codes);

  void insertRecommendation(
      @Param("year") int year,
      @Param("enterpriseCode") String enterpriseCode,
      @Param("committee") Committee committee,
      @Param("reason") String reason,
      @Param("late") boolean late,
      @Param("at") LocalDateTime at);

  /** Every recommendation of {@code year}, by enterprise and committee. */
  List<Recommendation> findRecommendations(@Param("year") int year);

  void insertDesignation(
      @Param("year") int year,
      @Param("enterprise") RegisteredEnterprise enterprise,
      @Param("parkRecommended") boolean parkRecommended,
      @Param("chainRecommended") boolean chainRecommended,
      @Param("by") String by,
      @Param("at") LocalDateTime at);

  /** Codes of the enterprises designated in {@code year}, by code. */
  List<String> findDesignated(@Param("year") int year);

  /** Whether {@code code} is in the latest confirmed batch whose year is not after {@code year}. */
  boolean isInForce(@Param("code") String code, @Param("year") int year);

  /** Liaisons named for {@code code} in the batches before {@code year}. */
  List<String> findEarlierLiaisons(@Param("code") String code, @Param("year") int year);
}
