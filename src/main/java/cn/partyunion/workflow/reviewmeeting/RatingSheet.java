package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import cn.partyunion.workflow.shared.validation.PlainText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The rules of one rater's rating sheet (测评表, DOMAIN §2.3, seed 002: every representative rates
 * every reporting unit on site): the submitted {@code ratings} — a list of {@code {unitCode, grade,
 * remark}} — are read line by line; a draft may leave grades open, a submitted sheet must grade
 * every unit of the meeting.
 */
public final class RatingSheet {

  /** Units named in full in the "not yet graded" message; the rest are counted. */
  static final int NAMED_MISSING = 5;

  private RatingSheet() {}

  /**
   * The lines of submitted {@code ratings} (a Java list of maps, a Spin JSON array, or null for
   * none), keyed by unit code, in the order given.
   *
   * @param units the meeting's units (code → name), in reporting order
   * @throws FormValidationException for a value that is no list of objects, a unit not in the
   *     meeting or named twice, an unknown grade, or a remark over 500 characters or with
   *     characters the database cannot keep ({@link PlainText})
   */
  public static Map<String, SheetLine> lines(Object ratings, Map<String, String> units) {
    Map<String, SheetLine> lines = new LinkedHashMap<>();
    for (Object entry : entries(ratings)) {
      Map<?, ?> line = entry instanceof Map<?, ?> map ? map : null;
      if (line == null) {
        throw new FormValidationException("测评表格式不正确：每一行应包括 unitCode、grade 和 remark。");
      }
      String unitCode = FormValues.text(line.get("unitCode"));
      if (unitCode == null) {
        throw new FormValidationException("测评表的每一行须注明述职单位（unitCode）。");
      }
      if (!units.containsKey(unitCode)) {
        throw new FormValidationException("测评表中有不属于本次会议的述职单位：" + unitCode + "。");
      }
      String name = units.get(unitCode);
      String remark =
          FormValues.optionalText(line.get("remark"), name + "的评议意见", MeetingRecords.REMARK_MAX);
      String problem = remark == null ? null : PlainText.problem(remark, true);
      if (problem != null) {
        throw new FormValidationException(name + "的评议意见" + problem + "。");
      }
      Object grade = line.get("grade");
      SheetLine value =
          new SheetLine(
              unitCode,
              FormValues.text(grade) == null ? null : MeetingRecords.grade(grade),
              remark);
      if (lines.put(unitCode, value) != null) {
        throw new FormValidationException("测评表中述职单位重复：" + name + "。");
      }
    }
    return lines;
  }

  /**
   * A sheet ready to submit: one graded line per unit of the meeting, in reporting order.
   *
   * @param units the meeting's units (code → name), in reporting order
   * @param lines the rater's lines by unit code
   * @throws FormValidationException "以下述职单位尚未评定等次：…" naming the first five units without a grade
   *     and counting the rest
   */
  public static List<SheetLine> complete(Map<String, String> units, Map<String, SheetLine> lines) {
    List<SheetLine> sheet = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    units.forEach(
        (code, name) -> {
          SheetLine line = lines.get(code);
          if (line == null || line.grade() == null) {
            missing.add(name);
          } else {
            sheet.add(line);
          }
        });
    if (!missing.isEmpty()) {
      String named = String.join("、", missing.subList(0, Math.min(NAMED_MISSING, missing.size())));
      String more = missing.size() > NAMED_MISSING ? " 等 " + missing.size() + " 个单位" : "";
      throw new FormValidationException("以下述职单位尚未评定等次：" + named + more + "。请全部评定后再提交测评表。");
    }
    return sheet;
  }

  /** The text fields of one JSON line (null for anything that is not an object). */
  private static Object fields(SpinJsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : List.of("unitCode", "grade", "remark")) {
      SpinJsonNode field = node.hasProp(name) ? node.prop(name) : null;
      fields.put(
          name,
          field == null || field.isNull()
              ? null
              : field.isString() ? field.stringValue() : field.toString());
    }
    return fields;
  }

  private static Collection<?> entries(Object ratings) {
    if (ratings == null) {
      return List.of();
    }
    if (ratings instanceof Collection<?> list) {
      return list;
    }
    if (ratings instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(RatingSheet::fields).toList();
    }
    throw new FormValidationException("测评表格式不正确：ratings 应为每个述职单位一行的列表。");
  }
}
