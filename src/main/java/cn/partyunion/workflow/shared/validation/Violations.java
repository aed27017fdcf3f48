package cn.partyunion.workflow.shared.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads submitted form variables and collects every rule they break, so that the user gets one
 * Chinese message listing all problems at once. Call {@link #throwIfAny()} at the end.
 *
 * <p>Each reader takes the variable {@code name} and the Chinese {@code label} the form shows.
 */
public final class Violations {

  /** 11-digit mainland mobile number: 1, then 3–9, then 9 digits. */
  public static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final Map<String, Object> values;
  private final List<String> messages = new ArrayList<>();

  public Violations(Map<String, Object> values) {
    this.values = values;
  }

  /** Records a broken rule in Chinese. */
  public void add(String chineseMessage) {
    messages.add(chineseMessage);
  }

  /**
   * A trimmed text of {@code min}–{@code max} characters; {@code null} when absent and not required
   * (a blank text counts as absent).
   */
  public String text(String name, String label, boolean required, int min, int max) {
    Object raw = values.get(name);
    String text = raw == null ? null : raw.toString().trim();
    if (text == null || text.isEmpty()) {
      if (required) {
        add(label + "为必填项");
      }
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length < min || length > max) {
      add(
          min == max
              ? label + "应为" + min + "个字符"
              : label + "应为" + min + "–" + max + "个字符（当前" + length + "个）");
    }
    return text;
  }

  /**
   * A one-line text of at most {@code max} characters that the database can keep ({@link
   * PlainText}: no control or direction characters, nothing outside the Basic Multilingual Plane);
   * {@code null} when absent and not required.
   */
  public String line(String name, String label, boolean required, int max) {
    String text = text(name, label, required, 1, max);
    String problem = text == null ? null : PlainText.problem(text, false);
    if (problem != null) {
      add(label + problem);
      return null;
    }
    return text;
  }

  /** Like {@link #line}, and made of letters and digits only (an engine user or group id). */
  public String id(String name, String label, boolean required, int max) {
    String text = line(name, label, required, max);
    if (text != null && !text.matches("[a-zA-Z0-9]+")) {
      add(label + "只能由字母和数字组成");
      return null;
    }
    return text;
  }

  /** An optional 11-digit mainland mobile number; {@code null} when absent. */
  public String optionalMobile(String name, String label) {
    Object raw = values.get(name);
    return raw == null || raw.toString().isBlank() ? null : mobile(name, label);
  }

  /** The broken rules so far, in order (e.g. to list them per row of an import). */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  /** A required value out of {@code allowed}. */
  public String oneOf(String name, String label, Collection<String> allowed) {
    Object raw = values.get(name);
    String value = raw == null ? null : raw.toString().trim();
    if (value == null || value.isEmpty()) {
      add(label + "为必填项");
      return null;
    }
    if (!allowed.contains(value)) {
      add(label + "的取值“" + value + "”无效，请从列表中选择");
      return null;
    }
    return value;
  }

  /**
   * A required constant of the enum {@code type}, submitted as the constant's name; {@code null}
   * when missing or unknown.
   */
  public <E extends Enum<E>> E oneOf(String name, String label, Class<E> type) {
    String value =
        oneOf(name, label, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    return value == null ? null : Enum.valueOf(type, value);
  }

  /** A required 11-digit mainland mobile number. */
  public String mobile(String name, String label) {
    String phone = text(name, label, true, 1, 20);
    if (phone != null && !MOBILE.matcher(phone).matches()) {
      add(label + "应为11位手机号码");
      return null;
    }
    return phone;
  }

  /**
   * A date given as {@code yyyy-MM-dd} text (Camunda Forms) or as a date value (REST/Java), read in
   * China Standard Time; {@code null} when absent and not required.
   */
  public LocalDate date(String name, String label, boolean required) {
    LocalDate date;
    try {
      date = FormValues.dateOrNull(values.get(name));
    } catch (DateTimeParseException e) {
      add(label + "应为有效日期（年-月-日）");
      return null;
    }
    if (date == null && required) {
      add(label + "为必填项");
    }
    return date;
  }

  /**
   * Refuses the request when any rule was broken.
   *
   * @throws FormValidationException with "请更正以下内容：" and the messages joined by "；"
   */
  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new FormValidationException("请更正以下内容：" + String.join("；", messages) + "。");
    }
  }
}
