package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 001's eligibility and months in office at every boundary (no Spring context). */
class ChairEligibilityTest {

  static final ChairStipendProperties DEFAULTS =
      new ChairStipendProperties(Duration.ofDays(15), 200, 120, 350, 20, 500, Duration.ofHours(1));
  private final ChairEligibility eligibility = new ChairEligibility(DEFAULTS);

  @ParameterizedTest(
      name =
          "{0}: members={1} standalone={2} direct={3} payroll={4} inOffice={5} "
              + "term={6}..{7} → {8}/{9}/{10}")
  @CsvSource(
      nullValues = "-",
      value = {
        // case,                         members, standalone, direct, payroll, inOffice, start,
        // end,        eligible, reason,                        months
        "small direct,                   199,     false,      true,   false,   true,     2020-01-01, -,         true,     -,                             3",
        "small not direct,               199,     false,      false,  false,   true,     2020-01-01, -,         false,    SMALL_UNION_NOT_DIRECT,        0",
        "small standalone not direct,    199,     true,       false,  false,   true,     2020-01-01, -,         false,    SMALL_UNION_NOT_DIRECT,        0",
        "large standalone,               200,     true,       false,  false,   true,     2020-01-01, -,         true,     -,                             3",
        "large standalone and direct,    200,     true,       true,   false,   true,     2020-01-01, -,         true,     -,                             3",
        "large not standalone,           200,     false,      true,   false,   true,     2020-01-01, -,         false,    LARGE_UNION_NOT_STANDALONE,    0",
        "one member direct,              1,       false,      true,   false,   true,     2020-01-01, -,         true,     -,                             3",
        "public payroll,                 500,     true,       false,  true,    true,     2020-01-01, -,         false,    ON_PUBLIC_PAYROLL,             0",
        "not in office (register),       500,     true,       false,  false,   false,    2020-01-01, -,         false,    NOT_IN_OFFICE,                 0",
        "not in office and payroll,      500,     true,       false,  true,    false,    2020-01-01, -,         false,    NOT_IN_OFFICE,                 0",
        "starts on quarter's first day,  500,     true,       false,  false,   true,     2026-07-01, -,         true,     -,                             3",
        "starts 2 July (mid month),      500,     true,       false,  false,   true,     2026-07-02, -,         true,     -,                             3",
        "starts 31 July,                 500,     true,       false,  false,   true,     2026-07-31, -,         true,     -,                             3",
        "starts 1 August,                500,     true,       false,  false,   true,     2026-08-01, -,         true,     -,                             2",
        "starts 15 August (mid quarter), 500,     true,       false,  false,   true,     2026-08-15, -,         true,     -,                             2",
        "starts 1 September,             500,     true,       false,  false,   true,     2026-09-01, -,         true,     -,                             1",
        "starts on quarter's last day,   500,     true,       false,  false,   true,     2026-09-30, -,         true,     -,                             1",
        "starts after the quarter,       500,     true,       false,  false,   true,     2026-10-01, -,         false,    NOT_IN_OFFICE_ON_QUARTER_END,  0",
        "ends on quarter's last day,     500,     true,       false,  false,   true,     2020-01-01, 2026-09-30, true,    -,                             3",
        "ends after the quarter,         500,     true,       false,  false,   true,     2020-01-01, 2026-12-31, true,    -,                             3",
        "ends 29 Sept (mid quarter),     500,     true,       false,  false,   true,     2020-01-01, 2026-09-29, false,   NOT_IN_OFFICE_ON_QUARTER_END,  0",
        "ends 15 August (mid quarter),   500,     true,       false,  false,   true,     2020-01-01, 2026-08-15, false,   NOT_IN_OFFICE_ON_QUARTER_END,  0",
        "term inside the quarter,        500,     true,       false,  false,   true,     2026-08-01, 2026-09-30, true,    -,                             2",
      })
  void judgesOnTheQuartersLastDay(
      String name,
      int members,
      boolean standalone,
      boolean direct,
      boolean payroll,
      boolean inOffice,
      LocalDate start,
      LocalDate end,
      boolean eligible,
      IneligibilityReason reason,
      int months) {
    Chair chair =
        new Chair(
            "c1",
            "王建国",
            "江阴某公司",
            "jytown01",
            members,
            standalone,
            direct,
            payroll,
            inOffice,
            start,
            end);
    ChairEligibility.Verdict verdict = eligibility.judge(chair, Quarter.parse("2026Q3"));
    assertThat(verdict).isEqualTo(new ChairEligibility.Verdict(eligible, reason, months));
  }

  @ParameterizedTest
  @CsvSource({
    "LARGE_UNION_NOT_STANDALONE, 会员200人以上但未单独建会",
    "SMALL_UNION_NOT_DIRECT,     会员不足200人且不直属镇（街道）、园区工会"
  })
  void reasonsNameTheConfiguredThreshold(IneligibilityReason reason, String text) {
    assertThat(eligibility.text(reason)).isEqualTo(text);
  }
}
