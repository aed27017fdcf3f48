package cn.partyunion.workflow.chairstipend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A calendar quarter such as {@code 2026Q3} (July–September 2026), the period the stipend is
 * assessed for (DOMAIN §3).
 *
 * @param year four-digit year
 * @param number 1–4
 */
public record Quarter(int year, int number) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})Q([1-4])");

  /**
   * Parses {@code yyyyQn}.
   *
   * @throws IllegalArgumentException when the text is not like {@code 2026Q3}
   */
  public static Quarter parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("季度格式应为“年份Q季度”，例如 2026Q3。");
    }
    return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** The quarter that contains {@code date}. */
  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter just ended on {@code date}: the timer start on 1 April opens Q1, etc. */
  public static Quarter endedBefore(LocalDate date) {
    return of(date).previous();
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  /** The three months of the quarter in order. */
  public List<YearMonth> months() {
    return IntStream.range(0, 3)
        .mapToObj(i -> YearMonth.of(year, (number - 1) * 3 + 1 + i))
        .toList();
  }

  public LocalDate firstDay() {
    return months().get(0).atDay(1);
  }

  /** The day eligibility is judged on (DOMAIN §3). */
  public LocalDate lastDay() {
    return months().get(2).atEndOfMonth();
  }

  /** True when the quarter's last day lies before {@code today}. */
  public boolean hasEndedBy(LocalDate today) {
    return lastDay().isBefore(today);
  }

  @Override
  public String toString() {
    return year + "Q" + number;
  }
}
