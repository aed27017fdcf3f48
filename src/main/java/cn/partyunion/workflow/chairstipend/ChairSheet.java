package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.web.SheetRows;
import cn.partyunion.workflow.shared.web.SheetRows.Column;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;

/**
 * The chair register as a sheet (DOMAIN §5, §7): the columns of import and export — each by its
 * field name of {@code POST /api/chair-stipend/chairs} or its Chinese header — and the conversion
 * of a sheet row into a {@link Chair}. Booleans are {@code 是/否} (also {@code true/false}, {@code
 * 1/0}); dates {@code yyyy-MM-dd} or date cells; the town union by its code ({@code jytown08}) or
 * its name (青阳镇工会). ID number and phone are optional columns.
 */
final class ChairSheet {

  static final List<Column> COLUMNS =
      List.of(
          new Column("chairId", "工会主席编号（登录账号）"),
          new Column("name", "姓名"),
          new Column("enterpriseName", "企业名称"),
          new Column("townUnitCode", "所属镇（街道）、园区工会"),
          new Column("unionMembers", "会员人数"),
          new Column("standaloneUnion", "单独建会"),
          new Column("directlyUnderTown", "直属镇（街道）、园区工会"),
          new Column("onPublicPayroll", "公务或事业编制"),
          new Column("inOffice", "在岗在职"),
          new Column("officeStart", "任职开始日期"),
          new Column("officeEnd", "任职结束日期"),
          new Column("idNumber", "身份证号码", false),
          new Column("phone", "手机号码", false));

  private static final Map<String, String> LABELS =
      COLUMNS.stream().collect(Collectors.toMap(Column::name, Column::label));

  private ChairSheet() {}

  /** The Chinese header of {@code field} (a bean-validation rule names the field it is about). */
  static String label(String field) {
    String name =
        switch (field) {
          case "officeTermOrdered" -> "officeEnd";
          case "idNumberChecked" -> "idNumber";
          default -> field;
        };
    return LABELS.getOrDefault(name, name);
  }

  /**
   * The chair of one row, or null with the row's conversion problems added to {@code problems}.
   *
   * @param townCodes town union code and name → code
   */
  static Chair toChair(SheetRows.Line line, Map<String, String> townCodes, List<String> problems) {
    Integer members = convert(line, "unionMembers", problems, "应为整数", Integer::valueOf);
    Boolean standalone = convert(line, "standaloneUnion", problems, "应为 是/否", ChairSheet::bool);
    Boolean direct = convert(line, "directlyUnderTown", problems, "应为 是/否", ChairSheet::bool);
    Boolean payroll = convert(line, "onPublicPayroll", problems, "应为 是/否", ChairSheet::bool);
    Boolean inOffice = convert(line, "inOffice", problems, "应为 是/否", ChairSheet::bool);
    LocalDate start = convert(line, "officeStart", problems, "应为日期 yyyy-MM-dd", LocalDate::parse);
    LocalDate end = convert(line, "officeEnd", problems, "应为日期 yyyy-MM-dd", LocalDate::parse);
    String town = line.get("townUnitCode");
    if (town != null && !townCodes.containsKey(town)) {
      problems.add(label("townUnitCode") + "：未知的镇（街道）、园区工会“" + town + "”");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Chair(
        line.get("chairId"),
        line.get("name"),
        line.get("enterpriseName"),
        town == null ? null : townCodes.get(town),
        members,
        standalone,
        direct,
        payroll,
        inOffice,
        start,
        end,
        line.get("idNumber"),
        line.get("phone"));
  }

  private static <T> T convert(
      SheetRows.Line line,
      String column,
      List<String> problems,
      String expected,
      Function<String, T> parser) {
    String text = line.get(column);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(label(column) + "：" + expected + "（“" + text + "”）");
      return null;
    }
  }

  private static Boolean bool(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "是", "1", "y", "yes" -> true;
      case "false", "否", "0", "n", "no" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }

  /**
   * The register as a {@code .xlsx} with the Chinese headers of {@link #COLUMNS}, one row per
   * chair: the town union by name, booleans 是/否, ID and phone number as {@code view} gives them
   * (masked for a town union).
   */
  static byte[] write(List<ChairRegister.ChairView> chairs) {
    return Spreadsheets.oneSheet(
        "工会主席登记册",
        COLUMNS.stream().map(Column::label).toList(),
        c -> c == 2 ? 30 : c == 3 || c == 0 ? 22 : 14,
        (sheet, bold) -> {
          int r = 1;
          for (ChairRegister.ChairView chair : chairs) {
            Row row = sheet.createRow(r++);
            Object[] values = {
              chair.chairId(),
              chair.name(),
              chair.enterpriseName(),
              chair.townName(),
              chair.unionMembers(),
              yesNo(chair.standaloneUnion()),
              yesNo(chair.directlyUnderTown()),
              yesNo(chair.onPublicPayroll()),
              yesNo(chair.inOffice()),
              chair.officeStart(),
              chair.officeEnd(),
              chair.idNumber(),
              chair.phone()
            };
            for (int c = 0; c < values.length; c++) {
              Object value = values[c];
              if (value instanceof Integer n) {
                row.createCell(c).setCellValue(n);
              } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
              }
            }
          }
        });
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "是" : "否";
  }
}
