package cn.partyunion.workflow.shared.validation;

/**
 * The characters a text typed by a user may hold, wherever it is stored.
 *
 * <p>Refused: control characters (U+0000–U+001F, U+007F–U+009F; a multi-line text may hold line
 * breaks and tabs), the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069, which make a text read differently from what it stores), unpaired surrogates, and
 * every character outside the Basic Multilingual Plane (emoji, CJK extension B and later):
 * Camunda's MySQL schema stores process variables in {@code utf8} (three bytes a character, {@code
 * DEFAULT CHARSET=utf8} in the engine's create scripts), which refuses four-byte characters, and
 * every form value passes through a process variable.
 */
public final class PlainText {

  private PlainText() {}

  /**
   * What is wrong with the characters of {@code text}, as a Chinese phrase to follow the field's
   * label, or {@code null} when every character may be stored.
   *
   * @param multiline true for text areas (line breaks and tabs allowed)
   */
  public static String problem(String text, boolean multiline) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isSupplementaryCodePoint(c)) {
        return "含有系统无法保存的字符（如表情符号或扩展区生僻字），请删除或改用常用字";
      }
      if (Character.getType(c) == Character.CONTROL
              && !(multiline && (c == '\n' || c == '\r' || c == '\t'))
          || isDirectionControl(c)
          || Character.getType(c) == Character.SURROGATE) {
        return "含有不可见的控制字符，请删除后再提交";
      }
    }
    return null;
  }

  private static boolean isDirectionControl(int c) {
    return c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069;
  }
}
