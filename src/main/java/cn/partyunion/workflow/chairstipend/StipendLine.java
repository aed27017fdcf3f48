package cn.partyunion.workflow.chairstipend;

import java.math.BigDecimal;

/**
 * One chair's line of one quarter as the read API loads it ({@code cs_roster} with the town union's
 * name); amounts in yuan.
 *
 * @param townName Chinese name of the chair's town, street or park union
 * @param reason Chinese reason for no stipend (stored text), null when eligible
 * @param score assessment score 0–100, null before the assessment
 * @param grade an {@link AssessmentGrade} name, null before the assessment
 * @param status a {@link RosterStatus} name
 * @param processInstanceId the chair's {@code chairStipendChair} instance, null before it started
 */
public record StipendLine(
    String quarter,
    String chairId,
    String chairName,
    String enterpriseName,
    String townUnitCode,
    String townName,
    Integer unionMembers,
    Boolean eligible,
    String reason,
    Integer months,
    Integer score,
    String grade,
    BigDecimal monthlyAmount,
    BigDecimal quarterAmount,
    String status,
    String processInstanceId) {}
