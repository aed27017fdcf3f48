package cn.partyunion.workflow.shared.forms;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.PlainText;
import cn.partyunion.workflow.shared.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Holds a submission to the form it was made with: only the form's own editable fields may be
 * written, each with the type of its field and within its length; read-only fields (which Tasklist
 * sends back unchanged) are dropped, so they are shown but never written.
 *
 * <p>Rules, all from the deployed form ({@link FormSchema}):
 *
 * <ul>
 *   <li>a variable the form has no field for is refused;
 *   <li>text fields take text of at most {@code maxLength} characters whose every character may be
 *       stored ({@link PlainText}: no control characters but line breaks and tabs in text areas, no
 *       bidirectional overrides, nothing outside the Basic Multilingual Plane);
 *   <li>choice fields take one of their options; list fields a JSON list of texts (their items are
 *       checked against the register by the process's validator);
 *   <li>number fields take a finite number within {@code min}/{@code max}, whole when the form
 *       shows no decimals; check boxes a boolean; date fields {@code yyyy-MM-dd};
 *   <li>serialized Java objects, files and bytes are refused everywhere.
 * </ul>
 *
 * Whether a required field is filled in, and the business rules, stay with the process's own
 * validators.
 */
public final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.+\\-Z]{0,30})?");
  private static final int MAX_DATE_TIME_LENGTH = 40;
  private static final int MAX_LISTED_OPTIONS = 6;

  /** Name of Camunda Spin's JSON value type (what Tasklist submits for lists). */
  private static final String JSON_TYPE = "json";

  private SubmittedValues() {}

  /**
   * Checks {@code variables} against {@code form} and removes the read-only fields from it.
   *
   * @param form the form the submission was made with, or {@code null} when the task or start event
   *     has none (then no variable may be submitted)
   * @param variables the submitted variables (modified: read-only fields removed)
   * @throws FormValidationException (HTTP 400) listing every refused variable in Chinese
   */
  public static void hold(FormSchema form, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    VariableMap typed = Variables.fromMap(variables);
    Violations violations = new Violations(Map.of());
    List<String> unknown = new ArrayList<>();
    for (String name : new ArrayList<>(variables.keySet())) {
      FormField field = form == null ? null : form.field(name);
      if (field == null) {
        unknown.add(name);
      } else if (!field.editable()) {
        variables.remove(name);
      } else {
        String problem = problem(field, typed.getValueTyped(name));
        if (problem != null) {
          violations.add(problem);
        }
      }
    }
    if (!unknown.isEmpty()) {
      violations.add(
          (form == null ? "此环节没有可填写的表单，不能提交：" : "表单中没有以下可填写的项目：") + String.join("、", unknown));
    }
    violations.throwIfAny();
  }

  /**
   * Turns every value of {@code variables} that is no serialized object into a transient variable
   * of the same type (kept in the engine's memory for the command, never stored): for processes
   * whose storing service tasks write what the form submitted to the process's own tables ({@link
   * FormValueSource}).
   *
   * @param variables held submitted variables (modified)
   * @param stored names left as they are (stored as variables)
   */
  public static void makeTransient(Map<String, Object> variables, Set<String> stored) {
    VariableMap typed = Variables.fromMap(variables);
    for (String name : new ArrayList<>(variables.keySet())) {
      TypedValue value = typed.getValueTyped(name);
      if (stored.contains(name)) {
        continue;
      } else if (value == null) {
        variables.put(name, Variables.untypedNullValue(true));
      } else if (!(value instanceof SerializableValue) && !value.isTransient()) {
        variables.put(name, transientCopy(value));
      }
    }
  }

  /** Whether {@code name} is a transient variable of {@code scope} (a submitted form value). */
  public static boolean isTransient(VariableScope scope, String name) {
    TypedValue current = scope.getVariableTyped(name, false);
    return current != null && current.isTransient();
  }

  private static TypedValue transientCopy(TypedValue value) {
    Object plain = value.getValue();
    if (value.getType() == null || plain == null) {
      return Variables.untypedValue(plain, true);
    }
    return switch (value.getType().getName()) {
      case "string" -> Variables.stringValue((String) plain, true);
      case "boolean" -> Variables.booleanValue((Boolean) plain, true);
      case "integer" -> Variables.integerValue((Integer) plain, true);
      case "long" -> Variables.longValue((Long) plain, true);
      case "short" -> Variables.shortValue((Short) plain, true);
      case "double" -> Variables.doubleValue((Double) plain, true);
      case "date" -> Variables.dateValue((java.util.Date) plain, true);
      default -> Variables.untypedValue(plain, true);
    };
  }

  private static String problem(FormField field, TypedValue typed) {
    if (typed == null) {
      return null;
    }
    Object value;
    if (typed instanceof SerializableValue serializable) {
      if (!JSON_TYPE.equals(typeName(typed))) {
        return field.label() + "的数据类型不正确";
      }
      value = json(serializable);
      if (value == null) {
        return field.label() + "的数据格式不正确";
      }
    } else if (typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
      return field.label() + "的数据类型不正确";
    } else {
      value = typed.getValue();
    }
    if (value == null) {
      return null;
    }
    return switch (field.kind()) {
      case TEXT, MULTILINE_TEXT ->
          value instanceof String text
              ? text(field, text)
              : field.listAllowed() && value instanceof List<?> list
                  ? list(field, list)
                  : field.label() + "应为文字";
      case CHOICE ->
          value instanceof String || value instanceof Boolean || value instanceof Number
              ? choice(field, String.valueOf(value))
              : "请选择" + field.label() + "（取值类型不正确）";
      case CHOICES -> value instanceof List<?> list ? list(field, list) : field.label() + "应为选项列表";
      case NUMBER -> number(field, value);
      case BOOLEAN -> value instanceof Boolean ? null : field.label() + "应为是或否";
      case DATE -> date(field, value);
      case DATE_TIME ->
          value instanceof Date
                  || value instanceof String text
                      && text.length() <= MAX_DATE_TIME_LENGTH
                      && ISO_DATE.matcher(text).matches()
              ? null
              : field.label() + "应为有效的日期时间";
    };
  }

  private static String typeName(TypedValue typed) {
    return typed.getType() == null ? null : typed.getType().getName();
  }

  /** The JSON list a Json variable holds, as a Java list, or {@code null} when malformed. */
  private static Object json(SerializableValue value) {
    String serialized = value.getValueSerialized();
    if (serialized == null && value.isDeserialized() && value.getValue() != null) {
      serialized = value.getValue().toString();
    }
    if (serialized == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(serialized);
      return node != null && node.isArray() ? JSON.convertValue(node, List.class) : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(FormField field, String text) {
    int length = text.codePointCount(0, text.length());
    if (length > field.maxLength()) {
      return field.label() + "不能超过 " + field.maxLength() + " 个字（当前 " + length + " 个）";
    }
    String problem = PlainText.problem(text, field.kind() == FormField.Kind.MULTILINE_TEXT);
    return problem == null ? null : field.label() + problem;
  }

  private static String choice(FormField field, String value) {
    if (field.options() != null) {
      return field.options().containsKey(value)
          ? null
          : "请选择" + field.label() + "：" + allowed(field) + "（“" + abbreviated(value) + "”不是可选项）";
    }
    return text(field, value);
  }

  /** "须为“是”或“否”" for a few options, "须为列表中的一项" for a long list. */
  private static String allowed(FormField field) {
    List<String> labels = field.options().values().stream().map(l -> "“" + l + "”").toList();
    if (labels.size() > MAX_LISTED_OPTIONS || labels.isEmpty()) {
      return "须为列表中的一项";
    }
    return labels.size() == 1
        ? "须为" + labels.get(0)
        : "须为"
            + String.join("、", labels.subList(0, labels.size() - 1))
            + "或"
            + labels.get(labels.size() - 1);
  }

  private static String abbreviated(String value) {
    return value.codePointCount(0, value.length()) <= 20
        ? value
        : value.substring(0, value.offsetByCodePoints(0, 20)) + "…";
  }

  /**
   * A list of texts. The items of a list field are not held to the form's static options: such
   * lists (e.g. reporting units) are offered from a register that the process's own validator
   * reads; the form's options are a convenience for Tasklist.
   */
  private static String list(FormField field, List<?> list) {
    for (Object item : list) {
      if (!(item instanceof String text)) {
        return field.label() + "的每一项都应为文字";
      }
      String problem = text(field, text);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String number(FormField field, Object value) {
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      return field.label() + "应为数字";
    }
    double d = number.doubleValue();
    if (field.integral() && d != Math.rint(d)) {
      return field.label() + "应为整数";
    }
    if (field.min() != null && d < field.min() || field.max() != null && d > field.max()) {
      return field.label() + "应在" + plain(field.min()) + "–" + plain(field.max()) + "之间";
    }
    return null;
  }

  private static String plain(Double bound) {
    if (bound == null) {
      return "";
    }
    return bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : bound.toString();
  }

  private static String date(FormField field, Object value) {
    if (value instanceof Date) {
      return null;
    }
    if (value instanceof String text
        && text.length() <= MAX_DATE_TIME_LENGTH
        && ISO_DATE.matcher(text).matches()) {
      try {
        LocalDate.parse(text.substring(0, 10));
        return null;
      } catch (DateTimeParseException e) {
        // falls through to the refusal
      }
    }
    return field.label() + "格式应为 yyyy-MM-dd（年-月-日），且须为有效日期";
  }
}
