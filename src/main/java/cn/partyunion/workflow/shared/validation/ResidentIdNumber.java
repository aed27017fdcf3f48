package cn.partyunion.workflow.shared.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An 18-character mainland resident identity number (GB 11643-1999): 6-digit area code, 8-digit
 * birth date {@code yyyyMMdd}, 3-digit sequence and an ISO 7064 MOD 11-2 check character ({@code
 * 0}–{@code 9} or {@code X}).
 */
public final class ResidentIdNumber {

  private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = "10X98765432".toCharArray();
  private static final DateTimeFormatter BIRTH =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private ResidentIdNumber() {}

  /** Upper-cases a trailing {@code x} and trims blanks; {@code null} stays {@code null}. */
  public static String normalize(String raw) {
    return raw == null ? null : raw.trim().toUpperCase();
  }

  /** True when the text has the 18-character shape (17 digits, then a digit or X). */
  public static boolean hasValidShape(String idNumber) {
    return idNumber != null && SHAPE.matcher(idNumber).matches();
  }

  /**
   * The check character computed from the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2).
   *
   * @throws IllegalArgumentException when the first 17 characters are not digits
   */
  public static char checkCharacter(String first17Digits) {
    if (first17Digits == null || !first17Digits.matches("\\d{17}.?")) {
      throw new IllegalArgumentException("need 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  /** True when the shape is right and the last character equals the computed check character. */
  public static boolean hasValidCheckCharacter(String idNumber) {
    return hasValidShape(idNumber) && idNumber.charAt(17) == checkCharacter(idNumber);
  }

  /** The birth date encoded in characters 7–14, if it is a real calendar date. */
  public static Optional<LocalDate> birthDate(String idNumber) {
    if (!hasValidShape(idNumber)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(idNumber.substring(6, 14), BIRTH));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The number as non-privileged readers see it: first 6 and last 4 characters, the 8 between
   * replaced by {@code *} (DOMAIN §1). Text that is not 18 characters long is fully masked.
   */
  public static String mask(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    if (idNumber.length() != 18) {
      return "*".repeat(idNumber.length());
    }
    return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
  }
}
