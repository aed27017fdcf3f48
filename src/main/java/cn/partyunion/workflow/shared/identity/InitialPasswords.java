package cn.partyunion.workflow.shared.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The password a provisioned login starts with: in the demo profile the one demo password ({@code
 * partyunion.demo.password}); in every other profile a fresh random one (16 characters with
 * upper-case and lower-case letters, digits and symbols, so that the password policy of GB/T
 * 22239-2019 8.1.4.1 accepts it; no look-alike characters such as {@code 0/O}, {@code 1/l/I}),
 * shown once to the registering user and stored only as the engine's salted hash.
 */
public final class InitialPasswords {

  static final int LENGTH = 16;
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "#%+=?@";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

  private final String demoPassword;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param demoPassword the demo profile's password, or null/blank outside the demo profile
   */
  public InitialPasswords(String demoPassword) {
    this.demoPassword = demoPassword == null || demoPassword.isBlank() ? null : demoPassword;
  }

  /** True in the demo profile: every login starts with the demo password. */
  public boolean demo() {
    return demoPassword != null;
  }

  /** The password of a new login: the demo password, or a new random one-time password. */
  public String next() {
    if (demoPassword != null) {
      return demoPassword;
    }
    List<Character> chars = new ArrayList<>();
    for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
      chars.add(set.charAt(random.nextInt(set.length())));
    }
    while (chars.size() < LENGTH) {
      chars.add(ALL.charAt(random.nextInt(ALL.length())));
    }
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder();
    chars.forEach(password::append);
    return password.toString();
  }
}
