package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * The "traffic light" of a review task (DOMAIN §1.7, seed 000): {@code NONE} until the due date,
 * {@code YELLOW} after it, {@code RED} once a second review period has passed (due date + {@code
 * review-due}, i.e. twice the period after the task was created).
 */
public enum OverdueFlag {
  NONE,
  YELLOW,
  RED;

  /**
   * @param due the task's due date, or {@code null} (never overdue)
   * @param now the current time
   * @param reviewPeriod the review period (default 10 days)
   */
  public static OverdueFlag of(LocalDateTime due, LocalDateTime now, Period reviewPeriod) {
    if (due == null || !now.isAfter(due)) {
      return NONE;
    }
    return now.isAfter(due.plus(reviewPeriod)) ? RED : YELLOW;
  }
}
