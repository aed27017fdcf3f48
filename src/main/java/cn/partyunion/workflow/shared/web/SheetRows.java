package cn.partyunion.workflow.shared.web;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.http.HttpStatus;

/**
 * Reads the rows of an uploaded register sheet: the first sheet of an {@code .xlsx}, or a UTF-8
 * {@code .csv} (a byte-order mark is skipped). The header row names the columns, each by its field
 * name ({@code chairId}) or its Chinese label ({@code 工会主席编号}), so that an exported sheet imports
 * again; unknown header cells and empty rows are ignored. Cells are trimmed text: date cells {@code
 * yyyy-MM-dd}, booleans {@code true/false}, numbers as the sheet shows them.
 */
public final class SheetRows {

  private SheetRows() {}

  /**
   * A column of a register sheet: the field name, the Chinese header of the export, and whether the
   * header row must hold it (an optional column may be left out of the sheet).
   */
  public record Column(String name, String label, boolean required) {

    /** A column the header row must hold. */
    public Column(String name, String label) {
      this(name, label, true);
    }
  }

  /**
   * A data row: its row number in the sheet (the header is row 1) and its non-empty cells by field
   * name.
   */
  public record Line(int number, Map<String, Object> cells) {

    /** The trimmed text of {@code column}, or null when the cell is empty. */
    public String get(String column) {
      Object value = cells.get(column);
      return value == null ? null : value.toString();
    }
  }

  /** Reads one row into a record, adding the row's problems (Chinese) to {@code problems}. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(Line line, List<String> problems);
  }

  /**
   * A row reader for rules written with {@link Violations} ("label为必填项" …): the row's cells are the
   * values, every broken rule a problem of the row.
   */
  public static <T> RowReader<T> checkedBy(Function<Violations, T> rules) {
    return (line, problems) -> {
      Violations v = new Violations(line.cells());
      T record = rules.apply(v);
      problems.addAll(v.messages());
      return record;
    };
  }

  /**
   * The record of a JSON body checked by {@code rules} (as {@link #checkedBy}).
   *
   * @throws ApiException 400 {@code VALIDATION_FAILED} with every broken rule, joined by "；"
   */
  public static <T> T checked(Map<String, Object> values, Function<Violations, T> rules) {
    Violations v = new Violations(values);
    T record = rules.apply(v);
    if (record == null || !v.messages().isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", String.join("；", v.messages()));
    }
    return record;
  }

  /**
   * Every row read by {@code reader}: all rows or none. A value of a {@code unique} column (Chinese
   * label → the record's value, null for none) seen in an earlier row is a problem "label：与第 n
   * 行重复".
   *
   * @throws ImportRejectedException listing each row with problems, its row number and reasons
   */
  public static <T> List<T> readAll(
      List<Line> lines, RowReader<T> reader, Map<String, Function<T, String>> unique) {
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    List<T> records = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (Line line : lines) {
      List<String> problems = new ArrayList<>();
      T record = reader.read(line, problems);
      if (record != null) {
        unique.forEach(
            (label, value) -> {
              String v = value.apply(record);
              Integer before =
                  v == null
                      ? null
                      : seen.computeIfAbsent(label, l -> new HashMap<>())
                          .putIfAbsent(v, line.number());
              if (before != null) {
                problems.add(label + "：与第 " + before + " 行重复");
              }
            });
      }
      if (problems.isEmpty()) {
        records.add(record);
      } else {
        errors.add(new RowError(line.number(), String.join("；", problems)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return records;
  }

  /**
   * The values of a JSON body of a register (the same field names as the sheet's columns), for the
   * same rules as a row.
   *
   * @param numeric the columns that may hold a whole number
   * @throws ApiException 400 (Chinese) for a field that is no column or a value that is neither
   *     text nor, in a numeric column, a whole number
   */
  public static Map<String, Object> bodyValues(
      Map<String, Object> body, List<Column> columns, Set<String> numeric) {
    if (body == null) {
      throw ApiException.badRequest("请求内容不能为空。");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : body.entrySet()) {
      String name = field.getKey();
      Object value = field.getValue();
      if (columns.stream().noneMatch(c -> c.name().equals(name))) {
        throw ApiException.badRequest("未知字段 " + name + "。");
      }
      boolean whole = value instanceof Integer || value instanceof Long;
      if (value != null && !(value instanceof String) && !(whole && numeric.contains(name))) {
        throw ApiException.badRequest(
            "字段 " + name + " 的值不正确（应为" + (numeric.contains(name) ? "整数" : "文本") + "）。");
      }
      if (value != null) {
        values.put(name, value.toString());
      }
    }
    return values;
  }

  /**
   * @param filename the upload's name: {@code .xlsx} or {@code .csv}
   * @param columns the register's columns; every one must be in the header row
   * @return the data rows in sheet order, at least one
   * @throws IllegalArgumentException with a Chinese message for another file type, an unreadable
   *     file, a header without one of {@code columns}, or a sheet without data rows
   */
  public static List<Line> read(String filename, InputStream in, List<Column> columns) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    List<Line> rows;
    try {
      if (name.endsWith(".xlsx")) {
        rows = readXlsx(in, columns);
      } else if (name.endsWith(".csv")) {
        rows = readCsv(in, columns);
      } else {
        throw new IllegalArgumentException("只支持 .xlsx 或 .csv 文件。");
      }
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("文件无法读取，请检查文件格式。");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("文件中没有数据行。");
    }
    return rows;
  }

  private static List<Line> readCsv(InputStream in, List<Column> columns) throws IOException {
    Reader reader =
        new InputStreamReader(
            BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
    List<Line> rows = new ArrayList<>();
    List<String> header = null;
    for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
      if (header == null) {
        header = header(record.toList(), columns);
      } else {
        add(rows, (int) record.getRecordNumber(), header, record.toList());
      }
    }
    if (header == null) {
      throw new IllegalArgumentException("文件为空。");
    }
    return rows;
  }

  private static List<Line> readXlsx(InputStream in, List<Column> columns) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Line> rows = new ArrayList<>();
      List<String> header = null;
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          values.add(cellText(row.getCell(c), formatter));
        }
        if (header == null) {
          header = header(values, columns);
        } else {
          add(rows, row.getRowNum() + 1, header, values);
        }
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

  /** The field name of each header cell (null for a cell that names no column). */
  private static List<String> header(List<String> values, List<Column> columns) {
    List<String> header = new ArrayList<>();
    for (String value : values) {
      String text = value == null ? "" : value.trim();
      header.add(
          columns.stream()
              .filter(c -> c.name().equals(text) || c.label().equals(text))
              .map(Column::name)
              .findFirst()
              .orElse(null));
    }
    List<String> missing =
        columns.stream()
            .filter(c -> c.required() && !header.contains(c.name()))
            .map(Column::label)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "表头缺少列："
              + String.join("、", missing)
              + "（表头应为："
              + String.join("，", columns.stream().map(Column::label).toList())
              + "）");
    }
    return header;
  }

  private static void add(List<Line> rows, int number, List<String> header, List<String> values) {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.size() && i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i).trim();
      if (header.get(i) != null && !value.isEmpty()) {
        cells.put(header.get(i), value);
      }
    }
    if (!cells.isEmpty()) {
      rows.add(new Line(number, cells));
    }
  }
}
