package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tally's rules at their boundaries, without the engine: scores, ranks, the grade table. */
class ScoreCalculatorTest {

  static final Map<Grade, Integer> POINTS =
      Map.of(Grade.EXCELLENT, 100, Grade.GOOD, 80, Grade.FAIR, 60, Grade.POOR, 40);

  static ReviewMeetingProperties properties(String workerWeight, String managerWeight) {
    return new ReviewMeetingProperties(
        Period.ofDays(3),
        Period.ofDays(2),
        LocalTime.of(9, 0),
        50,
        new BigDecimal(workerWeight),
        new BigDecimal(managerWeight),
        POINTS,
        75,
        100,
        1,
        null);
  }

  static final DmnEngine DMN =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  static DmnDecision gradeTable() throws Exception {
    try (InputStream in =
        ScoreCalculatorTest.class.getResourceAsStream("/bpmn/reviewMeetingGrade.dmn")) {
      return DMN.parseDecision("reviewMeetingGrade", in);
    }
  }

  /** DOMAIN §2.4 default: ≥ 90 好, ≥ 75 较好, ≥ 60 一般, else 差. */
  @ParameterizedTest
  @CsvSource({
    "100, EXCELLENT",
    "90, EXCELLENT",
    "89.99, GOOD",
    "75, GOOD",
    "74.99, FAIR",
    "60, FAIR",
    "59.99, POOR",
    "40, POOR"
  })
  void gradeTableAtItsBoundaries(double score, Grade expected) throws Exception {
    String grade =
        DMN.evaluateDecisionTable(
                gradeTable(), Variables.createVariables().putValue("score", score))
            .getSingleResult()
            .getSingleEntry();
    assertThat(Grade.valueOf(grade)).isEqualTo(expected);
  }

  /** Two workers and two managers: averages per panel, composite 50/50. */
  @ParameterizedTest
  @CsvSource({
    "EXCELLENT, EXCELLENT, GOOD, GOOD, 100.00, 80.00, 90.00",
    "GOOD, GOOD, GOOD, FAIR, 80.00, 70.00, 75.00",
    "FAIR, FAIR, FAIR, FAIR, 60.00, 60.00, 60.00",
    "FAIR, POOR, FAIR, FAIR, 50.00, 60.00, 55.00",
    "EXCELLENT, POOR, EXCELLENT, GOOD, 70.00, 90.00, 80.00"
  })
  void compositeScoreOfTwoPanels(
      Grade w1, Grade w2, Grade m1, Grade m2, String worker, String manager, String score) {
    List<RatingRecord> ratings =
        List.of(
            new RatingRecord("u1", "w1", Panel.WORKER, w1),
            new RatingRecord("u1", "w2", Panel.WORKER, w2),
            new RatingRecord("u1", "m1", Panel.MANAGER, m1),
            new RatingRecord("u1", "m2", Panel.MANAGER, m2));
    UnitResult result =
        new ScoreCalculator(properties("0.5", "0.5"))
            .tally(
                Map.of("u1", "单位"), Map.of("u1", ReportStatus.SUBMITTED), ratings, s -> Grade.GOOD)
            .get(0);
    assertThat(result.workerScore()).isEqualByComparingTo(worker);
    assertThat(result.managerScore()).isEqualByComparingTo(manager);
    assertThat(result.score()).isEqualByComparingTo(score);
  }

  @Test
  void weightsAndThirdsAreConfigurationAndRoundHalfUp() {
    // workers 好 好 较好 → 93.333…, managers 一般 → 60; 0.6 / 0.4 → 56 + 24 = 80.00
    List<RatingRecord> ratings =
        new ArrayList<>(
            List.of(
                new RatingRecord("u1", "w1", Panel.WORKER, Grade.EXCELLENT),
                new RatingRecord("u1", "w2", Panel.WORKER, Grade.EXCELLENT),
                new RatingRecord("u1", "w3", Panel.WORKER, Grade.GOOD),
                new RatingRecord("u1", "m1", Panel.MANAGER, Grade.FAIR)));
    UnitResult weighted =
        new ScoreCalculator(properties("0.6", "0.4"))
            .tally(Map.of("u1", "单位"), Map.of("u1", ReportStatus.LATE), ratings, s -> Grade.GOOD)
            .get(0);
    assertThat(weighted.workerScore()).isEqualByComparingTo("93.33");
    assertThat(weighted.score()).isEqualByComparingTo("80.00");
    assertThat(weighted.workerExcellent()).isEqualTo(2);
    assertThat(weighted.managerFair()).isEqualTo(1);
    // 50/50: 46.666… + 30 = 76.666… → 76.67
    assertThat(
            new ScoreCalculator(properties("0.5", "0.5"))
                .tally(
                    Map.of("u1", "单位"), Map.of("u1", ReportStatus.LATE), ratings, s -> Grade.GOOD)
                .get(0)
                .score())
        .isEqualByComparingTo("76.67");
    assertThatThrownBy(() -> properties("0.6", "0.6")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalScoresShareARankAndTheNextRankSkips() {
    Map<String, String> units = new LinkedHashMap<>();
    List<RatingRecord> ratings = new ArrayList<>();
    Grade[][] grades = {
      {Grade.EXCELLENT, Grade.GOOD},
      {Grade.EXCELLENT, Grade.EXCELLENT},
      {Grade.EXCELLENT, Grade.GOOD},
      {Grade.FAIR, Grade.FAIR},
      {Grade.FAIR, Grade.FAIR}
    };
    for (int i = 0; i < grades.length; i++) {
      String unit = "u" + (i + 1);
      units.put(unit, "单位" + (i + 1));
      ratings.add(new RatingRecord(unit, "w", Panel.WORKER, grades[i][0]));
      ratings.add(new RatingRecord(unit, "m", Panel.MANAGER, grades[i][1]));
    }
    Map<String, ReportStatus> status = new LinkedHashMap<>();
    units.keySet().forEach(unit -> status.put(unit, ReportStatus.SUBMITTED));
    List<UnitResult> ranked =
        new ScoreCalculator(properties("0.5", "0.5"))
            .tally(units, status, ratings, s -> Grade.GOOD);
    assertThat(ranked)
        .extracting(UnitResult::unitCode, UnitResult::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("u2", 1),
            org.assertj.core.groups.Tuple.tuple("u1", 2),
            org.assertj.core.groups.Tuple.tuple("u3", 2),
            org.assertj.core.groups.Tuple.tuple("u4", 4),
            org.assertj.core.groups.Tuple.tuple("u5", 4));
  }

  @Test
  void aUnitWithoutGradesFromAPanelIsAnError() {
    List<RatingRecord> workersOnly = List.of(new RatingRecord("u1", "w", Panel.WORKER, Grade.GOOD));
    assertThatThrownBy(
            () ->
                new ScoreCalculator(properties("0.5", "0.5"))
                    .tally(
                        Map.of("u1", "单位"),
                        Map.of("u1", ReportStatus.SUBMITTED),
                        workersOnly,
                        s -> Grade.GOOD))
        .isInstanceOf(IllegalStateException.class);
  }
}
