package cn.partyunion.workflow.shared.validation;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads one submitted value at a time — what Tasklist, the REST API or a test submit (strings,
 * numbers, dates, Java lists, Spin JSON arrays) — into a plain Java value, refusing it at once with
 * a Chinese message ({@link FormValidationException}). Lengths count characters (code points).
 * {@link Violations} reads a whole form the same way and lists every problem at once.
 */
public final class FormValues {

  private FormValues() {}

  /** The trimmed text, or null when absent or blank. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /**
   * Required text of at most {@code max} characters.
   *
   * @throws FormValidationException when missing or too long
   */
  public static String requiredText(Object value, String label, int max) {
    String text = text(value);
    if (text == null) {
      throw new FormValidationException("请填写" + label + "。");
    }
    return maxLength(text, label, max);
  }

  /** Optional text of at most {@code max} characters (null when blank). */
  public static String optionalText(Object value, String label, int max) {
    String text = text(value);
    return text == null ? null : maxLength(text, label, max);
  }

  private static String maxLength(String text, String label, int max) {
    if (text.codePointCount(0, text.length()) > max) {
      throw new FormValidationException(label + "不能超过 " + max + " 个字。");
    }
    return text;
  }

  /** A whole number. @throws FormValidationException when missing or not integral */
  public static int integer(Object value, String label) {
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new FormValidationException(label + "须为整数。");
      }
      return number.intValue();
    }
    String text = text(value);
    if (text == null) {
      throw new FormValidationException("请填写" + label + "。");
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new FormValidationException(label + "须为整数。");
    }
  }

  /** A date given as {@code yyyy-MM-dd} or a date value. @throws FormValidationException */
  public static LocalDate date(Object value, String label) {
    LocalDate date;
    try {
      date = dateOrNull(value);
    } catch (DateTimeParseException e) {
      throw new FormValidationException(label + "格式应为 yyyy-MM-dd。");
    }
    if (date == null) {
      throw new FormValidationException("请填写" + label + "。");
    }
    return date;
  }

  /**
   * The one date rule of the forms: a date value (REST, Java) read in the application's zone, or a
   * text whose first ten characters are {@code yyyy-MM-dd} (Camunda Forms send {@code 2026-11-01});
   * {@code null} when absent or blank.
   *
   * @throws DateTimeParseException when the text is no such date
   */
  public static LocalDate dateOrNull(Object value) {
    if (value instanceof Date date) {
      return EngineClock.toLocal(date).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * The one boolean rule of the forms: a boolean, or the text {@code true}/{@code false} (a radio's
   * value as Tasklist or REST clients send it); {@code null} when absent.
   *
   * @throws FormValidationException otherwise
   */
  public static Boolean bool(Object value, String label) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = text(value);
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.valueOf(text);
    }
    throw new FormValidationException(label + "须为“是”或“否”。");
  }

  /**
   * A list of ids: a Java collection, a JSON array (Tasklist checklists), or a text with ids
   * separated by commas, 、 or blanks.
   *
   * @return null when absent or blank text (meaning "the default"), else the ids in order
   */
  public static List<String> ids(Object value) {
    if (value == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> addId(ids, item));
      return ids;
    }
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        throw new FormValidationException("名单格式不正确，应为列表。");
      }
      json.elements().forEach(item -> addId(ids, item.isString() ? item.stringValue() : item));
      return ids;
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    for (String part : text.split("[,，、;；\\s]+")) {
      addId(ids, part);
    }
    return ids;
  }

  private static void addId(List<String> ids, Object item) {
    String id = text(item);
    if (id != null) {
      ids.add(id);
    }
  }
}
