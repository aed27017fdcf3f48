package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.validation.CreditCode;
import cn.partyunion.workflow.shared.validation.PlainText;
import cn.partyunion.workflow.shared.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of one register row (a JSON body or a sheet row), checked field by field against their
 * {@link RegisterField}s: required, length (characters), characters ({@link PlainText}), kind
 * (engine id, 是/否, credit code check character, mobile number). Every problem is kept as a Chinese
 * phrase naming the field's label; the row is stored only when there are none.
 */
final class RegisterValues {

  private static final Pattern ENGINE_ID = Pattern.compile("[a-zA-Z0-9]+");

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private RegisterValues() {}

  /**
   * Checks {@code cells} (field name → text, or a value read as text; absent or blank = empty)
   * against {@code fields}. Cells of other names are ignored (the callers refuse or drop them
   * before).
   */
  static RegisterValues check(List<RegisterField> fields, Map<String, ?> cells) {
    RegisterValues row = new RegisterValues();
    for (RegisterField field : fields) {
      Object raw = cells.get(field.name());
      String text = raw == null ? null : raw.toString().trim();
      if (text == null || text.isEmpty()) {
        if (field.required()) {
          row.problem(field.label() + "为必填项");
        }
        if (field.kind() == RegisterField.Kind.FLAG) {
          row.flags.put(field.name(), false);
        }
        continue;
      }
      row.read(field, text);
    }
    return row;
  }

  private void read(RegisterField field, String text) {
    String label = field.label();
    if (field.kind() == RegisterField.Kind.FLAG) {
      Boolean flag = parseFlag(text);
      if (flag == null) {
        problem(label + "应为“是”或“否”（“" + text + "”）");
      } else {
        flags.put(field.name(), flag);
      }
      return;
    }
    String value =
        field.kind() == RegisterField.Kind.CREDIT_CODE ? CreditCode.normalize(text) : text;
    int length = value.codePointCount(0, value.length());
    String characters = PlainText.problem(value, false);
    if (characters != null) {
      problem(label + characters);
      return;
    }
    String wrong =
        switch (field.kind()) {
          case ID -> ENGINE_ID.matcher(value).matches() ? null : "只能由英文字母和数字组成（“" + value + "”）";
          case CREDIT_CODE -> CreditCode.problem(value);
          case MOBILE -> Violations.MOBILE.matcher(value).matches() ? null : "应为11位手机号码";
          default -> null;
        };
    if (wrong != null) {
      problem(label + wrong);
      return;
    }
    if (length > field.maxLength()) {
      problem(label + "最多" + field.maxLength() + "个字符（当前" + length + "个）");
      return;
    }
    values.put(field.name(), value);
  }

  private static Boolean parseFlag(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "是", "true", "1", "y", "yes" -> true;
      case "否", "false", "0", "n", "no" -> false;
      default -> null;
    };
  }

  /** The checked, trimmed value of {@code name}, or null when empty or wrong. */
  String get(String name) {
    return values.get(name);
  }

  /** The value of the 是/否 field {@code name} (否 when empty or wrong). */
  boolean flag(String name) {
    return flags.getOrDefault(name, false);
  }

  /** Adds a problem (a Chinese phrase). */
  void problem(String chinesePhrase) {
    problems.add(chinesePhrase);
  }

  /** The problems found so far, in field order. */
  List<String> problems() {
    return problems;
  }
}
