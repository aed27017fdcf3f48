package cn.partyunion.workflow.chairstipend;

import java.math.BigDecimal;

/**
 * One town union's totals in a quarter ({@code GET /api/chair-stipend/quarters/{q}/towns}, SQL
 * {@code GROUP BY}); the grand total has {@code townUnitCode} null and {@code townName} 合计.
 *
 * @param chairs lines of the town's chairs
 * @param eligible lines still eligible
 * @param assessed lines with an assessment (ASSESSED, FAILED, PAID)
 * @param totalAmount yuan of the assessed and paid lines
 */
public record TownTotal(
    String townUnitCode,
    String townName,
    long chairs,
    long eligible,
    long assessed,
    BigDecimal totalAmount) {

  TownTotal plus(TownTotal other) {
    return new TownTotal(
        townUnitCode,
        townName,
        chairs + other.chairs,
        eligible + other.eligible,
        assessed + other.assessed,
        totalAmount.add(other.totalAmount));
  }
}
