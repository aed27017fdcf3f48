package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;

/**
 * One row of {@code GET /api/review-meetings/{id}/results} (DOMAIN §5: unitCode, unitName, score,
 * grade, rank, comment), plus the grade's Chinese label and the report status.
 */
public record ResultView(
    String unitCode,
    String unitName,
    BigDecimal score,
    Grade grade,
    String gradeLabel,
    int rank,
    String comment,
    ReportStatus reportStatus) {

  public ResultView {
    if (gradeLabel == null && grade != null) {
      gradeLabel = grade.label();
    }
  }

  static ResultView of(UnitResult result) {
    return new ResultView(
        result.unitCode(),
        result.unitName(),
        result.score(),
        result.grade(),
        result.grade().label(),
        result.rank(),
        result.comment(),
        result.reportStatus());
  }
}
