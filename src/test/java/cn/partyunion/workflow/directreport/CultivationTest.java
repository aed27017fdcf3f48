package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The minimum cultivation time at its boundary (seed 004, default 12 months). */
class CultivationTest {

  private static final LocalDateTime APPROVED = LocalDateTime.of(2025, 3, 31, 10, 0);

  @ParameterizedTest(name = "{0} months: mature at {1} allowed = {2}")
  @CsvSource({
    "12, 2026-03-31T09:59:59, false",
    "12, 2026-03-31T10:00:00, true",
    "12, 2026-04-01T00:00:00, true",
    "12, 2025-09-30T10:00:00, false",
    "6,  2025-09-30T10:00:00, true",
    "6,  2025-09-30T09:00:00, false"
  })
  void matureIsAllowedFromTheEndOfTheMinimumTime(int months, String now, boolean allowed) {
    Cultivation rule = new Cultivation(Period.ofMonths(months));
    String refusal = rule.refusalOfMature(APPROVED, LocalDateTime.parse(now));
    assertThat(refusal == null).isEqualTo(allowed);
    if (!allowed) {
      assertThat(refusal)
          .isEqualTo(
              "入库培养未满" + months + "个月，最早可于" + rule.earliestMature(APPROVED).toLocalDate() + "认定成熟");
    }
  }
}
