package cn.partyunion.workflow.shared.privacy;

import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.util.regex.Pattern;

/**
 * Masked forms of personal data for every screen, export, engine variable and log that does not
 * need the full value.
 */
public final class Masking {

  /** An 11-digit mainland mobile number not part of a longer digit run. */
  private static final Pattern MOBILE_IN_TEXT =
      Pattern.compile("(?<!\\d)(1\\d{2})\\d{4}(\\d{4})(?!\\d)");

  private Masking() {}

  /**
   * A resident ID number as DOMAIN §1 shows it: first 6 and last 4 characters, 8 {@code *} between
   * ({@code 320602********1234}); other lengths fully masked; {@code null} stays {@code null}.
   */
  public static String idNumber(String idNumber) {
    return ResidentIdNumber.mask(idNumber);
  }

  /**
   * An 11-digit phone number: first 3 and last 4 digits ({@code 138****5678}); other lengths fully
   * masked; {@code null} stays {@code null}.
   */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    if (phone.length() != 11) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "****" + phone.substring(7);
  }

  /** {@code text} with every 11-digit mobile number in it masked as {@link #phone}. */
  public static String phonesIn(String text) {
    return text == null ? null : MOBILE_IN_TEXT.matcher(text).replaceAll("$1****$2");
  }
}
