package cn.partyunion.workflow.shared.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traffic light of a review task (DOMAIN §1.7) with a 10-day review period. */
class OverdueFlagTest {

  private static final LocalDateTime DUE = LocalDateTime.of(2026, 6, 25, 9, 30);
  private static final Period PERIOD = Period.ofDays(10);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "long before due,          2026-06-15T09:30:00,     NONE",
    "1 ms before due,          2026-06-25T09:29:59.999, NONE",
    "exactly at due,           2026-06-25T09:30:00,     NONE",
    "1 ms after due,           2026-06-25T09:30:00.001, YELLOW",
    "one day after due,        2026-06-26T09:30:00,     YELLOW",
    "exactly at due + period,  2026-07-05T09:30:00,     YELLOW",
    "1 ms after due + period,  2026-07-05T09:30:00.001, RED",
    "long after,               2027-01-01T00:00:00,     RED"
  })
  void flagsByTimeAfterTheDueDate(String when, LocalDateTime now, OverdueFlag expected) {
    assertThat(OverdueFlag.of(DUE, now, PERIOD)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2020-01-01T00:00:00", "2099-01-01T00:00:00"})
  void aTaskWithoutDueDateIsNeverOverdue(LocalDateTime now) {
    assertThat(OverdueFlag.of(null, now, PERIOD)).isEqualTo(OverdueFlag.NONE);
  }
}
