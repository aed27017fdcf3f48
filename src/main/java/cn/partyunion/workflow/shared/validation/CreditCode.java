package cn.partyunion.workflow.shared.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The unified social credit code of a legal person or other organization (统一社会信用代码, GB 32100-2015):
 * 18 characters of the code set {@code 0–9 A–H J–N P–R T U W–Y} (no I, O, S, V, Z): registration
 * authority (1), organization type (1), administrative division (6 digits), organization code (9)
 * and a check character. Check: the first 17 characters' values (0–30, their place in the code set)
 * times the weights 3<sup>i</sup> mod 31 ({@code 1, 3, 9, 27, 19, 26, …}), summed; the check
 * character's value is {@code 31 − sum mod 31}, and 31 is written {@code 0}.
 */
public final class CreditCode {

  /** The code set of GB 32100-2015 (table 2), each character at its value. */
  public static final String CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final Pattern SHAPE =
      Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}");

  private CreditCode() {}

  /** Upper-cases and trims; {@code null} stays {@code null}. */
  public static String normalize(String raw) {
    return raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * The check character of the first 17 characters.
   *
   * @throws IllegalArgumentException when {@code first17} has fewer than 17 characters or one
   *     outside the code set
   */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() < 17) {
      throw new IllegalArgumentException("need 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CODE_SET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not in the code set: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CODE_SET.charAt(check == 31 ? 0 : check);
  }

  /**
   * What is wrong with {@code code} (already {@link #normalize normalized}) as a Chinese phrase to
   * follow the field's label, or {@code null} when it is a valid code.
   */
  public static String problem(String code) {
    if (code.length() != 18) {
      return "应为18位（当前" + code.length() + "位）";
    }
    if (!SHAPE.matcher(code).matches()) {
      return "含有无效字符（只能是数字和除 I、O、S、V、Z 以外的大写字母，第3–8位为行政区划数字）";
    }
    char expected = checkCharacter(code);
    if (code.charAt(17) != expected) {
      return "校验码错误（第18位应为 " + expected + "，实际为 " + code.charAt(17) + "）";
    }
    return null;
  }
}
