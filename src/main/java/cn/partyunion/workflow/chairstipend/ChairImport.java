package cn.partyunion.workflow.chairstipend;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/**
 * Reads chairs from an uploaded {@code .xlsx} (first sheet) or {@code .csv} (UTF-8) whose header
 * row holds the field names of {@link Chair} (DOMAIN §5). Booleans accept {@code true/false},
 * {@code 是/否}, {@code 1/0}; dates are {@code yyyy-MM-dd} (or date cells). Row numbers are the
 * spreadsheet's (the header is row 1).
 */
@Component
public class ChairImport {

  /** Header names = the JSON field names of {@code POST /api/chair-stipend/chairs}. */
  static final List<String> COLUMNS =
      List.of(
          "chairId",
          "name",
          "enterpriseName",
          "townUnitCode",
          "unionMembers",
          "standaloneUnion",
          "directlyUnderTown",
          "onPublicPayroll",
          "inOffice",
          "officeStart",
          "officeEnd");

  private final Validator validator;

  public ChairImport(Validator validator) {
    this.validator = validator;
  }

  /** A bad row: its spreadsheet row number and the Chinese reason. */
  public record RowError(int row, String reason) {}

  /** The chairs read, or the bad rows (then no chair is to be stored). */
  public record Result(List<Chair> chairs, List<RowError> errors) {}

  /**
   * Parses the file.
   *
   * @throws IllegalArgumentException (Chinese message) for an unknown file type, an unreadable
   *     file, or a header row that lacks a column
   */
  public Result read(String filename, InputStream in) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    List<Map.Entry<Integer, Map<String, String>>> rows;
    try {
      if (name.endsWith(".xlsx")) {
        rows = readXlsx(in);
      } else if (name.endsWith(".csv")) {
        rows = readCsv(in);
      } else {
        throw new IllegalArgumentException("只支持 .xlsx 或 .csv 文件。");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("文件无法读取，请检查文件格式。");
    }
    List<Chair> chairs = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, Map<String, String>> row : rows) {
      List<String> problems = new ArrayList<>();
      Chair chair = toChair(row.getValue(), problems);
      if (chair != null) {
        validator.validate(chair).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(ChairImport::describe)
            .forEach(problems::add);
        if (chair.chairId() != null && !seen.add(chair.chairId())) {
          problems.add("chairId：与前面的行重复");
        }
      }
      if (problems.isEmpty()) {
        chairs.add(chair);
      } else {
        errors.add(new RowError(row.getKey(), String.join("；", problems)));
      }
    }
    if (chairs.isEmpty() && errors.isEmpty()) {
      throw new IllegalArgumentException("文件中没有数据行。");
    }
    return new Result(chairs, errors);
  }

  private static String describe(ConstraintViolation<Chair> violation) {
    String path = violation.getPropertyPath().toString();
    return (path.equals("officeTermOrdered") ? "officeEnd" : path) + "：" + violation.getMessage();
  }

  private static Chair toChair(Map<String, String> cells, List<String> problems) {
    Integer members = convert(cells, "unionMembers", problems, "应为整数", Integer::valueOf);
    Boolean standalone = convert(cells, "standaloneUnion", problems, "应为 是/否", ChairImport::bool);
    Boolean direct = convert(cells, "directlyUnderTown", problems, "应为 是/否", ChairImport::bool);
    Boolean payroll = convert(cells, "onPublicPayroll", problems, "应为 是/否", ChairImport::bool);
    Boolean inOffice = convert(cells, "inOffice", problems, "应为 是/否", ChairImport::bool);
    LocalDate start = convert(cells, "officeStart", problems, "应为日期 yyyy-MM-dd", LocalDate::parse);
    LocalDate end = convert(cells, "officeEnd", problems, "应为日期 yyyy-MM-dd", LocalDate::parse);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Chair(
        cells.get("chairId"),
        cells.get("name"),
        cells.get("enterpriseName"),
        cells.get("townUnitCode"),
        members,
        standalone,
        direct,
        payroll,
        inOffice,
        start,
        end);
  }

  private static <T> T convert(
      Map<String, String> cells,
      String column,
      List<String> problems,
      String expected,
      Function<String, T> parser) {
    String text = cells.get(column);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(column + "：" + expected + "（“" + text + "”）");
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

  private static List<Map.Entry<Integer, Map<String, String>>> readCsv(InputStream in)
      throws IOException {
    Reader reader =
        new InputStreamReader(
            BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
    List<Map.Entry<Integer, Map<String, String>>> rows = new ArrayList<>();
    List<String> header = null;
    for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
      List<String> values = record.toList();
      if (header == null) {
        header = checkHeader(values);
        continue;
      }
      addRow(rows, (int) record.getRecordNumber(), header, values);
    }
    if (header == null) {
      throw new IllegalArgumentException("文件为空。");
    }
    return rows;
  }

  private static List<Map.Entry<Integer, Map<String, String>>> readXlsx(InputStream in)
      throws IOException {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Map.Entry<Integer, Map<String, String>>> rows = new ArrayList<>();
      List<String> header = null;
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          values.add(cellText(row.getCell(c), formatter));
        }
        if (header == null) {
          header = checkHeader(values);
          continue;
        }
        addRow(rows, row.getRowNum() + 1, header, values);
      }
      if (header == null) {
        throw new IllegalArgumentException("文件为空。");
      }
      return rows;
    }
  }

  private static String cellText(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (cell.getCellType() == CellType.BOOLEAN) {
      return String.valueOf(cell.getBooleanCellValue());
    }
    return formatter.formatCellValue(cell);
  }

  private static List<String> checkHeader(List<String> values) {
    List<String> header = values.stream().map(String::trim).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "表头缺少列：" + String.join("、", missing) + "（表头应为：" + String.join(", ", COLUMNS) + "）");
    }
    return header;
  }

  private static void addRow(
      List<Map.Entry<Integer, Map<String, String>>> rows,
      int rowNumber,
      List<String> header,
      List<String> values) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size() && i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i).trim();
      if (!value.isEmpty() && COLUMNS.contains(header.get(i))) {
        cells.put(header.get(i), value);
      }
    }
    if (!cells.isEmpty()) {
      rows.add(Map.entry(rowNumber, new LinkedHashMap<>(cells)));
    }
  }
}
