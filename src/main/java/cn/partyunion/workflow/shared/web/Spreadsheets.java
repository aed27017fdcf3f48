package cn.partyunion.workflow.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The application's {@code .xlsx} exports (Apache POI): one sheet with a frozen header row. */
public final class Spreadsheets {

  /** The media type of an {@code .xlsx} workbook. */
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Spreadsheets() {}

  /**
   * A download of {@code body} as the attachment {@code filename} (UTF-8, may be Chinese), of type
   * {@link #XLSX}.
   */
  public static ResponseEntity<byte[]> download(String filename, byte[] body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  /** Writes the data rows of a sheet, starting at row 1, with the workbook's bold style. */
  @FunctionalInterface
  public interface Rows {
    void write(Sheet sheet, CellStyle bold);
  }

  /**
   * @param sheetName the sheet's (Chinese) name
   * @param headers the column headers, in Chinese
   * @param widthInCharacters the width of column {@code c} in characters
   * @param rows writes the data rows
   * @return the workbook's bytes
   */
  public static byte[] oneSheet(
      String sheetName, List<String> headers, IntUnaryOperator widthInCharacters, Rows rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        head.createCell(c).setCellValue(headers.get(c));
        head.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, widthInCharacters.applyAsInt(c) * 256);
      }
      sheet.createFreezePane(0, 1);
      rows.write(sheet, bold);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
