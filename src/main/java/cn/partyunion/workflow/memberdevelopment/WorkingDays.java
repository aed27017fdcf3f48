package cn.partyunion.workflow.memberdevelopment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days (the days of the week {@code partyunion.member-development.working-days}
 * names, default Monday–Friday) for the publicity of a development target (细则 第二十二条, at least five
 * working days). Public holidays are not known to the application and count as working days.
 */
final class WorkingDays {

  private final Set<DayOfWeek> workingDays;

  WorkingDays(Set<DayOfWeek> workingDays) {
    this.workingDays = Set.copyOf(workingDays);
  }

  /** Working days from {@code start} to {@code end}, both included; 0 when end is before start. */
  int between(LocalDate start, LocalDate end) {
    int count = 0;
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      if (workingDays.contains(day.getDayOfWeek())) {
        count++;
      }
    }
    return count;
  }
}
