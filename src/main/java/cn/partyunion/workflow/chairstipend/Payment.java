package cn.partyunion.workflow.chairstipend;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One line of a quarter's approved payment list ({@code cs_payment}); amounts in yuan.
 *
 * @param months months in office inside the quarter
 * @param quarterAmount monthly amount × months
 */
public record Payment(
    String quarter,
    String chairId,
    String chairName,
    String enterpriseName,
    String townUnitCode,
    Integer unionMembers,
    String grade,
    BigDecimal monthlyAmount,
    Integer months,
    BigDecimal quarterAmount,
    LocalDateTime approvedAt) {}
