package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of {@code GET /api/review-meetings/{id}/results}: DOMAIN §5's {@code unitCode, unitName,
 * score, grade, rank, comment} (the deputy secretary's comment), plus the grade's Chinese label,
 * the report status, and each panel's part: its average points ({@code workerScore}, {@code
 * managerScore}, 0–100), its weight in the composite score ({@code workerWeight}, {@code
 * managerWeight}, summing to 1) and how many of its raters gave each grade ({@code workerRatings},
 * {@code managerRatings}: {@code {EXCELLENT: n, GOOD: n, FAIR: n, POOR: n}}). Counts only: no rater
 * is named.
 */
public record ResultView(
    String unitCode,
    String unitName,
    BigDecimal score,
    Grade grade,
    String gradeLabel,
    int rank,
    String comment,
    ReportStatus reportStatus,
    String reportStatusLabel,
    BigDecimal workerScore,
    BigDecimal managerScore,
    BigDecimal workerWeight,
    BigDecimal managerWeight,
    Map<Grade, Integer> workerRatings,
    Map<Grade, Integer> managerRatings) {

  /** The weights the tally used (or the configured ones for a meeting that kept none). */
  public record Weights(BigDecimal worker, BigDecimal manager) {}

  static ResultView of(UnitResult result, Weights weights) {
    return new ResultView(
        result.unitCode(),
        result.unitName(),
        result.score(),
        result.grade(),
        result.grade().label(),
        result.rank(),
        result.comment(),
        result.reportStatus(),
        result.reportStatus() == null ? null : result.reportStatus().label(),
        result.workerScore(),
        result.managerScore(),
        weights == null ? null : weights.worker(),
        weights == null ? null : weights.manager(),
        ratings(
            result.workerExcellent(),
            result.workerGood(),
            result.workerFair(),
            result.workerPoor()),
        ratings(
            result.managerExcellent(),
            result.managerGood(),
            result.managerFair(),
            result.managerPoor()));
  }

  private static Map<Grade, Integer> ratings(int excellent, int good, int fair, int poor) {
    Map<Grade, Integer> ratings = new EnumMap<>(Grade.class);
    ratings.put(Grade.EXCELLENT, excellent);
    ratings.put(Grade.GOOD, good);
    ratings.put(Grade.FAIR, fair);
    ratings.put(Grade.POOR, poor);
    return ratings;
  }
}
