package cn.partyunion.workflow.shared.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps compute them:
 * HMAC-SHA1 (the JDK's), time steps of {@value #STEP_SECONDS} seconds from the Unix epoch, {@value
 * #DIGITS} digits; and the Base32 (RFC 4648, no padding) of secrets in {@code otpauth://} URIs.
 */
public final class Totp {

  /** Seconds per time step (RFC 6238 default, what every authenticator app uses). */
  public static final int STEP_SECONDS = 30;

  /** Digits of a code. */
  public static final int DIGITS = 6;

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /** The time step of {@code epochSecond}. */
  public static long step(long epochSecond) {
    return Math.floorDiv(epochSecond, STEP_SECONDS);
  }

  /**
   * The code of {@code step} (RFC 4226 section 5.3 dynamic truncation).
   *
   * @param digits 6 to 8
   * @return the code, left-padded with zeros to {@code digits}
   */
  public static String code(byte[] secret, long step, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HMAC-SHA1 不可用", unavailable);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int modulo = (int) Math.pow(10, digits);
    return String.format("%0" + digits + "d", binary % modulo);
  }

  /**
   * The step in {@code [step - window, step + window]} whose {@value #DIGITS}-digit code is {@code
   * code} (compared in constant time), or -1.
   */
  public static long matchingStep(byte[] secret, String code, long step, int window) {
    if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
      return -1;
    }
    long found = -1;
    for (long s = step - window; s <= step + window; s++) {
      if (MessageDigest.isEqual(code(secret, s, DIGITS).getBytes(), code.getBytes())) {
        found = s;
      }
    }
    return found;
  }

  /** RFC 4648 Base32 of {@code bytes}, upper case, without padding. */
  public static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * The bytes of RFC 4648 Base32 {@code text} (case and padding ignored).
   *
   * @throws IllegalArgumentException for a character outside the alphabet
   */
  public static byte[] fromBase32(String text) {
    String clean = text.replace("=", "").toUpperCase(java.util.Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
