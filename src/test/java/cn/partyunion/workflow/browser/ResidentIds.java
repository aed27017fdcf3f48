package cn.partyunion.workflow.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data: 18-character resident ID numbers with the GB 11643-1999 check character (ISO 7064
 * MOD 11-2: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over the first 17 digits, check
 * characters "10X98765432" indexed by the weighted sum mod 11).
 */
public final class ResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private ResidentIds() {}

  /** A valid number for the region (6 digits) and birth date, random sequence digits. */
  public static String random(String region, LocalDate birthDate) {
    String sequence = String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
    String body = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
    return body + checkCharacter(body);
  }

  /** The same number with a wrong check character. */
  public static String withWrongCheck(String idNumber) {
    char right = idNumber.charAt(17);
    char wrong = CHECK.charAt((CHECK.indexOf(right) + 1) % CHECK.length());
    return idNumber.substring(0, 17) + wrong;
  }

  /** The check character of the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The masked form the application shows: first 6, eight asterisks, last 4. */
  public static String masked(String idNumber) {
    return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
  }
}
