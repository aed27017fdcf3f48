package cn.partyunion.workflow.shared.supervision;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * The "traffic light" of a review task (DOMAIN §1.7, seed 000): {@code NONE} until the due date,
 * {@code YELLOW} after it, {@code RED} once a second review period has passed (due date + {@code
 * review-due}, i.e. twice the period after the task was created). Shared by the processes whose
 * steps have a due date: {@code directReport}'s reviews (10 days), {@code memberDevelopment}'s talk
 * (one month) and approvals (three months).
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
    return now.isAfter(redAt(due, reviewPeriod)) ? RED : YELLOW;
  }

  /**
   * The instant after which a task turns red: one more period after its due date.
   *
   * @param due the task's due date, not {@code null}
   * @param period the step's period (the time from its start to its due date)
   */
  public static LocalDateTime redAt(LocalDateTime due, Period period) {
    return due.plus(period);
  }
}
