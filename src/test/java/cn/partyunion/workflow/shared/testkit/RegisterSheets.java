package cn.partyunion.workflow.shared.testkit;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.shared.validation.CreditCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixture of the registers (issue 14): sheets to upload over real HTTP, valid unified social
 * credit codes new to this run.
 */
public final class RegisterSheets {

  /** The enterprise register's header row (field names). */
  public static final List<String> ENTERPRISE_HEADER =
      List.of(
          "code",
          "name",
          "creditCode",
          "industry",
          "parkCode",
          "chainCode",
          "aboveScale",
          "highTech",
          "specializedNew",
          "liaisonId",
          "officerCode",
          "contactId",
          "contactName");

  private RegisterSheets() {}

  /** An {@code .xlsx} of one sheet: the header, then the rows (text cells). */
  public static byte[] xlsx(List<String> header, List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("登记簿");
      write(sheet.createRow(0), header);
      for (int r = 0; r < rows.size(); r++) {
        write(sheet.createRow(r + 1), rows.get(r));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  /** A random valid unified social credit code (Nantong's division 320602, check by the rule). */
  public static String creditCode() {
    StringBuilder code = new StringBuilder("91320602");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(CreditCode.CODE_SET.charAt(random.nextInt(CreditCode.CODE_SET.length())));
    }
    return code.append(CreditCode.checkCharacter(code.toString())).toString();
  }

  /** {@code valid} with a wrong check character. */
  public static String wrongCheck(String valid) {
    char check = valid.charAt(17);
    char other = check == 'A' ? 'B' : 'A';
    return valid.substring(0, 17) + other;
  }

  /**
   * Uploads {@code content} as the multipart field {@code file} over real HTTP as the demo user
   * {@code user} (demo password).
   */
  public static HttpApi.Response upload(
      int port, String user, String path, String filename, byte[] content) {
    String boundary = "----registers" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", HttpApi.basic(user))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpApi.Response(answer.statusCode(), answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
