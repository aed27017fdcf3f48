package cn.partyunion.workflow.shared.web;

/**
 * Search texts as SQL {@code LIKE} patterns with {@code ESCAPE '!'}: the user's {@code %}, {@code
 * _} and {@code !} match themselves.
 */
public final class LikePatterns {

  private LikePatterns() {}

  /** {@code text%}, or null for a blank text. */
  public static String prefix(String text) {
    return text == null || text.isBlank() ? null : escape(text.trim()) + "%";
  }

  /** {@code %text%}, or null for a blank text. */
  public static String contains(String text) {
    return text == null || text.isBlank() ? null : "%" + escape(text.trim()) + "%";
  }

  private static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
