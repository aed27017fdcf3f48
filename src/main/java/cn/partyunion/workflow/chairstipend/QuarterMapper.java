package cn.partyunion.workflow.chairstipend;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Quarters, rosters and payments ({@code cs_quarter}, {@code cs_roster}, {@code cs_payment}). Every
 * write is idempotent: inserts are insert-if-absent on the unique keys (quarter, chair_id), updates
 * set the same values again.
 */
@Mapper
public interface QuarterMapper {

  QuarterRecord findQuarter(@Param("quarter") String quarter);

  /**
   * @throws org.springframework.dao.DuplicateKeyException when the quarter exists
   */
  int insertQuarter(
      @Param("quarter") String quarter,
      @Param("processInstanceId") String processInstanceId,
      @Param("now") LocalDateTime now);

  /** Opens a CANCELLED quarter again. @return 1, or 0 when it is not cancelled */
  int reopenQuarter(
      @Param("quarter") String quarter,
      @Param("processInstanceId") String processInstanceId,
      @Param("now") LocalDateTime now);

  /** OPEN → CANCELLED for the instance that opened it. */
  int cancelQuarter(
      @Param("quarter") String quarter, @Param("processInstanceId") String processInstanceId);

  /** OPEN → APPROVED. */
  int approveQuarter(
      @Param("quarter") String quarter,
      @Param("approvedBy") String approvedBy,
      @Param("now") LocalDateTime now);

  int deleteRoster(@Param("quarter") String quarter);

  /** Chairs with ids in [first, last] already on the quarter's roster. */
  List<String> rosterChairIdsBetween(
      @Param("quarter") String quarter,
      @Param("firstChairId") String firstChairId,
      @Param("lastChairId") String lastChairId);

  /**
   * Inserts roster rows (not empty) in one statement.
   *
   * @throws org.springframework.dao.DuplicateKeyException when a chair is already on the roster of
   *     that quarter
   */
  int insertRoster(@Param("entries") List<RosterEntry> entries, @Param("now") LocalDateTime now);

  RosterEntry findRoster(@Param("quarter") String quarter, @Param("chairId") String chairId);

  /** The roster, optionally only one town's or one chair's rows, ordered by chair id. */
  List<RosterEntry> roster(
      @Param("quarter") String quarter,
      @Param("townUnitCode") String townUnitCode,
      @Param("chairId") String chairId);

  /**
   * Up to {@code limit} chairs (ordered) awaiting their self-report or assessment without an
   * instance noted.
   */
  List<String> chairIdsWithoutInstance(@Param("quarter") String quarter, @Param("limit") int limit);

  int countEligible(@Param("quarter") String quarter);

  /** Locks the quarter's row until the transaction ends ({@code SELECT … FOR UPDATE}). */
  Long lockQuarter(@Param("quarter") String quarter);

  /** Notes each chair's running instance (chair id → instance id) on its line, one statement. */
  int recordInstances(
      @Param("quarter") String quarter, @Param("instances") Map<String, String> instances);

  int recordSelfReport(
      @Param("quarter") String quarter,
      @Param("chairId") String chairId,
      @Param("dutiesSummary") String dutiesSummary,
      @Param("now") LocalDateTime now);

  int recordNoSelfReport(
      @Param("quarter") String quarter,
      @Param("chairId") String chairId,
      @Param("reason") String reason,
      @Param("now") LocalDateTime now);

  int recordAssessment(@Param("entry") RosterEntry entry, @Param("now") LocalDateTime now);

  /**
   * ASSESSED / FAILED → AWAITING_ASSESSMENT without an instance (the city union returned the list).
   */
  int reopenAssessments(@Param("quarter") String quarter, @Param("now") LocalDateTime now);

  int countWithStatus(@Param("quarter") String quarter, @Param("status") String status);

  /** Sum of quarter amounts (yuan) of the rows with {@code status}; 0 when none. */
  BigDecimal sumQuarterAmount(@Param("quarter") String quarter, @Param("status") String status);

  /** Copies every ASSESSED roster row without a payment yet into the payment list. */
  int insertPaymentsIfAbsent(@Param("quarter") String quarter, @Param("now") LocalDateTime now);

  /** ASSESSED → PAID. */
  int markPaid(@Param("quarter") String quarter, @Param("now") LocalDateTime now);

  List<Payment> payments(
      @Param("quarter") String quarter,
      @Param("townUnitCode") String townUnitCode,
      @Param("chairId") String chairId);
}
