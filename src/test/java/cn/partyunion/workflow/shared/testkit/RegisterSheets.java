package cn.partyunion.workflow.shared.testkit;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.shared.validation.CreditCode;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpServletResponse;

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

  /** An {@code .xlsx} of one sheet: the header, then the rows (text cells; {@link Sheets}). */
  public static byte[] xlsx(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return Sheets.xlsx(all);
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
   * {@code user} ({@link Sheets#upload}), waiting up to 15 minutes (a benchmark's sheet).
   */
  public static HttpApi.Response upload(
      HttpApi api, String user, String path, String filename, byte[] content) {
    MockHttpServletResponse answer =
        api.perform(user, Sheets.upload(path, filename, content), Duration.ofMinutes(15));
    try {
      return new HttpApi.Response(
          answer.getStatus(), answer.getContentAsString(StandardCharsets.UTF_8));
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }
}
