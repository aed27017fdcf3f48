package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  @ParameterizedTest
  @CsvSource({
    "2026Q1, 2026-01-01, 2026-03-31",
    "2026Q2, 2026-04-01, 2026-06-30",
    "2026Q3, 2026-07-01, 2026-09-30",
    "2024Q1, 2024-01-01, 2024-03-31",
    "2026Q4, 2026-10-01, 2026-12-31"
  })
  void parsesAndSpansThreeMonths(String text, LocalDate first, LocalDate last) {
    Quarter quarter = Quarter.parse(text);
    assertThat(quarter.toString()).isEqualTo(text);
    assertThat(quarter.firstDay()).isEqualTo(first);
    assertThat(quarter.lastDay()).isEqualTo(last);
    assertThat(quarter.hasEndedBy(last)).isFalse();
    assertThat(quarter.hasEndedBy(last.plusDays(1))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2025Q4",
    "2026-04-01, 2026Q1",
    "2026-07-01, 2026Q2",
    "2026-10-01, 2026Q3",
    "2026-03-31, 2025Q4",
    "2026-12-31, 2026Q3"
  })
  void theTimerStartOpensTheQuarterJustEnded(LocalDate firing, String quarter) {
    assertThat(Quarter.endedBefore(firing)).hasToString(quarter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026Q5", "2026Q0", "26Q3", "2026-Q3", "2026q3x"})
  void refusesMalformedText(String text) {
    assertThatThrownBy(() -> Quarter.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026Q3");
  }
}
