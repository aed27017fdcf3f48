package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.testkit.Refusals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a rating sheet ({@link RatingSheet}) at their boundaries. */
class RatingSheetTest {

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    String[] names = {"个旧市", "开远市", "蒙自市", "弥勒市", "建水县", "石屏县", "泸西县"};
    for (int i = 0; i < names.length; i++) {
      UNITS.put(String.format("hhunit%02d", i + 1), names[i]);
    }
  }

  static Map<String, Object> line(String unit, Object grade, Object remark) {
    Map<String, Object> line = new HashMap<>();
    line.put("unitCode", unit);
    line.put("grade", grade);
    line.put("remark", remark);
    return line;
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "hhunit09 | GOOD      | 测评表中有不属于本次会议的述职单位：hhunit09。",
        "NULL     | GOOD      | 测评表的每一行须注明述职单位（unitCode）。",
        "hhunit01 | GREAT     | 请选择评议等次：好、较好、一般或差。",
        "hhunit01 | excellent | 请选择评议等次：好、较好、一般或差。"
      })
  void refusesALineOutsideTheMeetingOrWithAnUnknownGrade(
      String unit, String grade, String message) {
    Refusals.assertRefused(
        () -> RatingSheet.lines(List.of(line(unit, grade, null)), UNITS), message);
  }

  @Test
  void aRemarkMayHaveFiveHundredCharactersNotMoreAndNoEmoji() {
    assertThat(
            RatingSheet.lines(List.of(line("hhunit01", "GOOD", "鼎".repeat(500))), UNITS)
                .get("hhunit01")
                .remark())
        .hasSize(500);
    Refusals.assertRefused(
        () -> RatingSheet.lines(List.of(line("hhunit01", "GOOD", "鼎".repeat(501))), UNITS),
        "个旧市的评议意见不能超过 500 个字。");
    Refusals.assertRefused(
        () -> RatingSheet.lines(List.of(line("hhunit01", "GOOD", "好\uD83D\uDC4D")), UNITS),
        "个旧市的评议意见含有系统无法保存的字符（如表情符号或扩展区生僻字），请删除或改用常用字。");
  }

  @Test
  void aDraftLineMayLeaveTheGradeOpenButAUnitComesOnce() {
    assertThat(RatingSheet.lines(List.of(line("hhunit02", "", " ")), UNITS).get("hhunit02"))
        .isEqualTo(new SheetLine("hhunit02", null, null));
    Refusals.assertRefused(
        () ->
            RatingSheet.lines(
                List.of(line("hhunit02", "GOOD", null), line("hhunit02", "FAIR", null)), UNITS),
        "测评表中述职单位重复：开远市。");
    Refusals.assertRefused(
        () -> RatingSheet.lines("hhunit01=GOOD", UNITS), "测评表格式不正确：ratings 应为每个述职单位一行的列表。");
  }

  @Test
  void readsASpinJsonArrayAsTheEngineRestHandsItOver() {
    Map<String, SheetLine> lines =
        RatingSheet.lines(
            Spin.JSON(
                "[{\"unitCode\":\"hhunit01\",\"grade\":\"POOR\",\"remark\":\"有待加强\"},"
                    + "{\"unitCode\":\"hhunit03\",\"grade\":null}]"),
            UNITS);
    assertThat(lines.values())
        .containsExactly(
            new SheetLine("hhunit01", Grade.POOR, "有待加强"), new SheetLine("hhunit03", null, null));
  }

  @ParameterizedTest(name = "{0} graded of 7 → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "6 | 以下述职单位尚未评定等次：泸西县。请全部评定后再提交测评表。",
        "2 | 以下述职单位尚未评定等次：蒙自市、弥勒市、建水县、石屏县、泸西县。请全部评定后再提交测评表。",
        "1 | 以下述职单位尚未评定等次：开远市、蒙自市、弥勒市、建水县、石屏县 等 6 个单位。请全部评定后再提交测评表。",
        "0 | 以下述职单位尚未评定等次：个旧市、开远市、蒙自市、弥勒市、建水县 等 7 个单位。请全部评定后再提交测评表。"
      })
  void aSheetWithAnUngradedUnitIsRefusedNamingTheFirstFive(int graded, String message) {
    Map<String, SheetLine> lines = new LinkedHashMap<>();
    new ArrayList<>(UNITS.keySet())
        .subList(0, graded)
        .forEach(unit -> lines.put(unit, new SheetLine(unit, Grade.GOOD, null)));
    Refusals.assertRefused(() -> RatingSheet.complete(UNITS, lines), message);
  }

  @Test
  void aCompleteSheetComesInReportingOrderWhateverTheOrderGiven() {
    Map<String, SheetLine> lines = new LinkedHashMap<>();
    List<String> reversed = new ArrayList<>(UNITS.keySet());
    Collections.reverse(reversed);
    reversed.forEach(unit -> lines.put(unit, new SheetLine(unit, Grade.FAIR, null)));
    lines.put("hhunit04", new SheetLine("hhunit04", null, "未定"));
    Refusals.assertRefused(
        () -> RatingSheet.complete(UNITS, lines), "以下述职单位尚未评定等次：弥勒市。请全部评定后再提交测评表。");
    lines.put("hhunit04", new SheetLine("hhunit04", Grade.EXCELLENT, null));
    assertThat(RatingSheet.complete(UNITS, lines))
        .extracting(SheetLine::unitCode)
        .containsExactlyElementsOf(UNITS.keySet());
  }
}
