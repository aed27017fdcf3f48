package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * The cultivation rule of seed 004 ("成熟一个，发展一个"): a candidate may be found mature only once the
 * minimum cultivation time ({@code partyunion.direct-report.minimum-cultivation}, default 12
 * months, DOMAIN §1.6) has passed since the day they entered the information database.
 *
 * @param minimum the minimum cultivation time (months)
 */
record Cultivation(Period minimum) {

  /** The first moment a candidate approved at {@code approvedAt} may be found mature. */
  LocalDateTime earliestMature(LocalDateTime approvedAt) {
    return approvedAt.plus(minimum);
  }

  /**
   * Why "mature" is refused at {@code now} for a candidate approved at {@code approvedAt}, in
   * Chinese, or {@code null} when it is allowed (the earliest moment itself is allowed).
   */
  String refusalOfMature(LocalDateTime approvedAt, LocalDateTime now) {
    LocalDateTime earliest = earliestMature(approvedAt);
    return now.isBefore(earliest)
        ? "入库培养未满" + minimum.toTotalMonths() + "个月，最早可于" + earliest.toLocalDate() + "认定成熟"
        : null;
  }
}
