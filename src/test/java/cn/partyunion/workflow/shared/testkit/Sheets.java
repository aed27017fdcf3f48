package cn.partyunion.workflow.shared.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Register sheets for import tests: an {@code .xlsx} written from rows of texts, read back as rows
 * of texts, and the multipart upload of a file (field {@code file}) for {@link
 * cn.partyunion.workflow.HttpApi#perform}, so that an import is sent over real HTTP.
 */
public final class Sheets {

  private static final String BOUNDARY = "----partyunionSheetBoundary";

  private Sheets() {}

  /** An {@code .xlsx} whose first sheet holds {@code rows} (the first row the header). */
  public static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("登记册");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of the first sheet of {@code xlsx} as the texts the cells show. */
  public static List<List<String>> rows(byte[] xlsx) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      DataFormatter formatter = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : workbook.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code POST path} with {@code content} uploaded as the multipart field {@code file}. */
  public static MockHttpServletRequestBuilder upload(String path, String filename, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] head =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    body.writeBytes(head);
    body.writeBytes(content);
    body.writeBytes(tail);
    return MockMvcRequestBuilders.post(path)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .content(body.toByteArray());
  }
}
