package cn.partyunion.workflow.shared.testkit;

import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid resident ID numbers (GB 11643-1999) for tests, their check character computed by the
 * production {@link ResidentIdNumber}.
 */
public final class IdNumbers {

  /** Numbers handed out by this test run; with a random start, so reruns on one database differ. */
  private static final AtomicInteger MADE =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

  private static final int BIRTH_DAYS = 7_000;

  private IdNumbers() {}

  /**
   * A number never handed out before in this run (area 320602, 崇川区): each call moves to the next
   * birth date (between 1980 and 1999) and, after 7,000 calls, to the next sequence number.
   */
  public static String unique() {
    int n = MADE.getAndIncrement();
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n % BIRTH_DAYS);
    return withCheckCharacter(
        "320602"
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", (n / BIRTH_DAYS) % 1000));
  }

  /** A number of someone born on {@code birth}, with random area and sequence digits. */
  public static String bornOn(LocalDate birth) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return withCheckCharacter(
        "3206"
            + String.format("%02d", random.nextInt(1, 99))
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", random.nextInt(0, 1000)));
  }

  /** {@code first17Digits} followed by their check character. */
  public static String withCheckCharacter(String first17Digits) {
    return first17Digits + ResidentIdNumber.checkCharacter(first17Digits);
  }

  /** The birth date inside a valid number. */
  public static LocalDate birthDate(String idNumber) {
    return ResidentIdNumber.birthDate(idNumber)
        .orElseThrow(() -> new IllegalArgumentException("no birth date in " + idNumber));
  }
}
