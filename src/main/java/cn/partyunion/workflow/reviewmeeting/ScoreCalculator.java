package cn.partyunion.workflow.reviewmeeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The arithmetic of the tally (DOMAIN §2.4), free of the engine: per unit and panel the count of
 * each grade and the average points; the composite score {@code workerWeight × worker average +
 * managerWeight × manager average}, rounded half-up to two decimals; and the rank, equal scores
 * sharing a rank (1, 2, 2, 4). The overall grade is not computed here but by the DMN table, through
 * {@code gradeOf}.
 */
@Component
public class ScoreCalculator {

  private static final int SCALE = 2;
  private final ReviewMeetingProperties properties;

  public ScoreCalculator(ReviewMeetingProperties properties) {
    this.properties = properties;
  }

  /**
   * Tallies {@code ratings} for {@code units} (names by unit code).
   *
   * @param units unit code → unit name, in reporting order
   * @param reportStatus unit code → status of its report
   * @param gradeOf overall grade of a composite score (the DMN decision)
   * @return one result per unit, best first, without comments
   * @throws IllegalStateException when a unit has no grade from one of the panels (the process
   *     makes every rater rate every unit, so this means the data is broken)
   */
  public List<UnitResult> tally(
      Map<String, String> units,
      Map<String, ReportStatus> reportStatus,
      List<RatingRecord> ratings,
      Function<BigDecimal, Grade> gradeOf) {
    List<UnitResult> unranked = new ArrayList<>();
    for (Map.Entry<String, String> unit : units.entrySet()) {
      Map<Panel, Map<Grade, Integer>> counts = new EnumMap<>(Panel.class);
      for (Panel panel : Panel.values()) {
        Map<Grade, Integer> zero = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
          zero.put(grade, 0);
        }
        counts.put(panel, zero);
      }
      ratings.stream()
          .filter(r -> r.unitCode().equals(unit.getKey()))
          .forEach(r -> counts.get(r.panel()).merge(r.grade(), 1, Integer::sum));
      BigDecimal worker = average(unit.getKey(), counts.get(Panel.WORKER));
      BigDecimal manager = average(unit.getKey(), counts.get(Panel.MANAGER));
      BigDecimal score =
          worker
              .multiply(properties.workerWeight())
              .add(manager.multiply(properties.managerWeight()))
              .setScale(SCALE, RoundingMode.HALF_UP);
      Map<Grade, Integer> w = counts.get(Panel.WORKER);
      Map<Grade, Integer> m = counts.get(Panel.MANAGER);
      unranked.add(
          new UnitResult(
              unit.getKey(),
              unit.getValue(),
              reportStatus.get(unit.getKey()),
              w.get(Grade.EXCELLENT),
              w.get(Grade.GOOD),
              w.get(Grade.FAIR),
              w.get(Grade.POOR),
              m.get(Grade.EXCELLENT),
              m.get(Grade.GOOD),
              m.get(Grade.FAIR),
              m.get(Grade.POOR),
              worker.setScale(SCALE, RoundingMode.HALF_UP),
              manager.setScale(SCALE, RoundingMode.HALF_UP),
              score,
              gradeOf.apply(score),
              0,
              null));
    }
    return rank(unranked);
  }

  /** Average points of one panel's grades, unrounded. */
  private BigDecimal average(String unitCode, Map<Grade, Integer> counts) {
    int n = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (n == 0) {
      throw new IllegalStateException("No rating of a panel for unit " + unitCode);
    }
    long points =
        counts.entrySet().stream()
            .mapToLong(e -> (long) properties.points(e.getKey()) * e.getValue())
            .sum();
    return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
  }

  /** Orders by score, best first; equal scores share the rank, the next rank skips (1, 2, 2, 4). */
  static List<UnitResult> rank(List<UnitResult> results) {
    List<UnitResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(UnitResult::score).reversed());
    List<UnitResult> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      UnitResult r = sorted.get(i);
      int rank =
          i > 0 && sorted.get(i - 1).score().compareTo(r.score()) == 0
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(
          new UnitResult(
              r.unitCode(),
              r.unitName(),
              r.reportStatus(),
              r.workerExcellent(),
              r.workerGood(),
              r.workerFair(),
              r.workerPoor(),
              r.managerExcellent(),
              r.managerGood(),
              r.managerFair(),
              r.managerPoor(),
              r.workerScore(),
              r.managerScore(),
              r.score(),
              r.grade(),
              rank,
              r.comment()));
    }
    return ranked;
  }
}
