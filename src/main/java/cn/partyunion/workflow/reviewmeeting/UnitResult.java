package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;

/**
 * A unit's tallied result (table {@code rm_result}, with the unit's name, report status and the
 * deputy secretary's comment when read).
 *
 * @param workerExcellent number of 好 grades from the worker panel (likewise the other counts)
 * @param workerScore average points of the worker panel (0–100, two decimals)
 * @param managerScore average points of the manager panel
 * @param score composite score, weighted per {@link ReviewMeetingProperties}
 * @param grade overall grade from the DMN decision {@code reviewMeetingGrade}
 * @param rank 1 = best; equal scores share a rank (1, 2, 2, 4)
 */
public record UnitResult(
    String unitCode,
    String unitName,
    ReportStatus reportStatus,
    int workerExcellent,
    int workerGood,
    int workerFair,
    int workerPoor,
    int managerExcellent,
    int managerGood,
    int managerFair,
    int managerPoor,
    BigDecimal workerScore,
    BigDecimal managerScore,
    BigDecimal score,
    Grade grade,
    int rank,
    String comment) {

  /** Number of grades given by the worker panel. */
  public int workerCount() {
    return workerExcellent + workerGood + workerFair + workerPoor;
  }

  /** Number of grades given by the manager panel. */
  public int managerCount() {
    return managerExcellent + managerGood + managerFair + managerPoor;
  }
}
