package cn.partyunion.workflow.chairstipend;

import java.math.BigDecimal;

/**
 * One chair in one quarter ({@code cs_roster}): eligibility with reason, the self-report, the
 * assessment and the amounts in yuan.
 *
 * @param months months in office inside the quarter (0–3)
 * @param score assessment score 0–100, null before the assessment
 * @param grade {@code EXCELLENT}, {@code PASS}, {@code BASIC_PASS} or {@code FAIL}
 * @param monthlyAmount yuan per month from DMN {@code chairStipendAmount}
 * @param quarterAmount yuan for the quarter = monthly amount × months
 * @param status a {@link RosterStatus} name
 */
public record RosterEntry(
    String quarter,
    String chairId,
    String chairName,
    String enterpriseName,
    String townUnitCode,
    Integer unionMembers,
    Boolean eligible,
    String reason,
    Integer months,
    String dutiesSummary,
    Integer score,
    String assessmentComment,
    String grade,
    BigDecimal monthlyAmount,
    BigDecimal quarterAmount,
    String status) {}
