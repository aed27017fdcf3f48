package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/**
 * The DMN decisions {@code chairAssessmentGrade} and {@code chairStipendAmount} on their own
 * (DOMAIN §3 default tables), each rule hit at least once, and the quarter amount that {@link
 * QuarterRoster#recordAssessment} computes and stores from them (monthly × months in office) at
 * every boundary. No process engine, no Spring context: the roster's tables are mocks.
 */
class ChairStipendDecisionTest {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision grade;
  private static DmnDecision amount;

  @BeforeAll
  static void parse() throws Exception {
    grade = parse("chairAssessmentGrade");
    amount = parse("chairStipendAmount");
  }

  private static DmnDecision parse(String key) throws Exception {
    try (InputStream in =
        ChairStipendDecisionTest.class.getResourceAsStream("/bpmn/chairStipend.dmn")) {
      return ENGINE.parseDecision(key, in);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "100, EXCELLENT",
    "90, EXCELLENT",
    "89, PASS",
    "75, PASS",
    "74, BASIC_PASS",
    "60, BASIC_PASS",
    "59, FAIL",
    "0, FAIL"
  })
  void gradeFollowsFromTheScore(int score, String expected) {
    assertThat(evaluate(grade, Variables.createVariables().putValue("score", score)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with {1} members → {2} yuan/month")
  @CsvSource({
    "EXCELLENT, 1, 200",
    "EXCELLENT, 99, 200",
    "EXCELLENT, 100, 230",
    "EXCELLENT, 199, 230",
    "EXCELLENT, 200, 260",
    "EXCELLENT, 499, 260",
    "EXCELLENT, 500, 300",
    "EXCELLENT, 999, 300",
    "EXCELLENT, 1000, 350",
    "EXCELLENT, 50000, 350",
    "PASS, 99, 150",
    "PASS, 100, 180",
    "PASS, 199, 180",
    "PASS, 200, 210",
    "PASS, 499, 210",
    "PASS, 500, 250",
    "PASS, 999, 250",
    "PASS, 1000, 300",
    "BASIC_PASS, 99, 120",
    "BASIC_PASS, 100, 120",
    "BASIC_PASS, 199, 120",
    "BASIC_PASS, 200, 150",
    "BASIC_PASS, 499, 150",
    "BASIC_PASS, 500, 180",
    "BASIC_PASS, 999, 180",
    "BASIC_PASS, 1000, 200",
    "FAIL, 99, 0",
    "FAIL, 100, 0",
    "FAIL, 200, 0",
    "FAIL, 500, 0",
    "FAIL, 1000, 0"
  })
  void monthlyAmountByGradeAndMembershipTier(String gradeValue, int members, int expected) {
    Object monthly =
        evaluate(
            amount,
            Variables.createVariables()
                .putValue("grade", gradeValue)
                .putValue("unionMembers", members));
    assertThat(((Number) monthly).intValue()).isEqualTo(expected);
    if (!"FAIL".equals(gradeValue)) {
      assertThat(expected)
          .isBetween(
              ChairEligibilityTest.DEFAULTS.minMonthlyAmount(),
              ChairEligibilityTest.DEFAULTS.maxMonthlyAmount());
    }
  }

  @ParameterizedTest(name = "score {0}, {1} members, {2} months → {3} yuan")
  @CsvSource({
    "90, 1000, 3, 1050",
    "90, 199, 2, 460",
    "89, 200, 1, 210",
    "75, 500, 3, 750",
    "74, 99, 3, 360",
    "60, 1000, 2, 400",
    "59, 1000, 3, 0"
  })
  void quarterAmountIsMonthlyTimesMonths(int score, int members, int months, int expected) {
    String gradeValue =
        (String) evaluate(grade, Variables.createVariables().putValue("score", score));
    int monthly =
        ((Number)
                evaluate(
                    amount,
                    Variables.createVariables()
                        .putValue("grade", gradeValue)
                        .putValue("unionMembers", members)))
            .intValue();

    // what the "record assessment" step stores: QuarterRoster's computation, not this test's
    QuarterMapper mapper = mock(QuarterMapper.class);
    when(mapper.findRoster("2026Q3", "dmn1"))
        .thenReturn(
            new RosterEntry(
                "2026Q3",
                "dmn1",
                "测试主席",
                "江阴测试企业",
                "jytown01",
                members,
                true,
                null,
                months,
                "履职述职",
                null,
                null,
                null,
                null,
                null,
                RosterStatus.AWAITING_ASSESSMENT.name()));
    QuarterRoster roster =
        new QuarterRoster(
            mapper,
            mock(ChairRegisterMapper.class),
            new ChairEligibility(ChairEligibilityTest.DEFAULTS),
            ChairEligibilityTest.DEFAULTS);
    RosterEntry assessed =
        roster.recordAssessment("2026Q3", "dmn1", score, "履职认真", gradeValue, monthly);

    ArgumentCaptor<RosterEntry> stored = ArgumentCaptor.forClass(RosterEntry.class);
    verify(mapper).recordAssessment(stored.capture(), any());
    assertThat(stored.getValue()).isEqualTo(assessed);
    assertThat(assessed.quarterAmount()).isEqualByComparingTo(BigDecimal.valueOf(expected));
  }

  @Test
  void everyRuleOfBothTablesIsHit() {
    Set<String> hit = new HashSet<>();
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(event -> event.getMatchingRules().forEach(rule -> hit.add(rule.getId()))));
    DmnEngine recording = configuration.buildEngine();
    for (int score : new int[] {95, 80, 65, 10}) {
      String g =
          recording
              .evaluateDecisionTable(grade, Variables.createVariables().putValue("score", score))
              .getSingleEntry();
      for (int members : new int[] {50, 150, 300, 700, 2000}) {
        recording.evaluateDecisionTable(
            amount,
            Variables.createVariables().putValue("grade", g).putValue("unionMembers", members));
      }
    }
    assertThat(ruleIds(grade)).hasSize(4);
    assertThat(ruleIds(amount)).hasSize(20);
    assertThat(hit).containsAll(ruleIds(grade)).containsAll(ruleIds(amount));
  }

  private static Set<String> ruleIds(DmnDecision decision) {
    return ((DmnDecisionTableImpl) decision.getDecisionLogic())
        .getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
  }

  /** The single output of the table's single matching rule (UNIQUE hit policy). */
  private static Object evaluate(DmnDecision decision, VariableMap variables) {
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
    assertThat(result).hasSize(1);
    return result.getSingleEntry();
  }
}
