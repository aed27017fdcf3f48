package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.chairstipend.ChairRegister;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile or broken input to the application API gets the right 4xx with a Chinese message — never
 * a 500, an empty body, SQL or a Java class name — and stores nothing: paging that would overflow,
 * bodies of the wrong type, missing upload parts, JSON values of the wrong type, and register text
 * with control characters or longer than its column.
 */
@WorkflowSpringTest
class ApiErrorResponseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ChairRegister register;
  HttpApi http;
  String chairId;

  @BeforeEach
  void client() {
    http = new HttpApi(port, "");
    chairId = "apierr" + ThreadLocalRandom.current().nextInt(1_000_000_000);
  }

  /** Asserts a 4xx JSON error in Chinese without technical detail; returns its message. */
  private static String assertChineseError(MockHttpServletResponse response, int status)
      throws IOException {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    JsonNode json = JSON.readTree(body);
    assertThat(json.path("error").asText()).as(body).isNotBlank();
    String message = json.path("message").asText();
    assertThat(message).as(body).matches("(?s).*\\p{IsHan}.*");
    assertThat(body)
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("java.")
        .doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("jackson");
    return message;
  }

  private MockHttpServletResponse postChair(String json) {
    return http.perform(
        "jycity01",
        post("/api/chair-stipend/chairs")
            .contentType("application/json")
            .content(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A chair out of office long before any quarter the tests assess, with {@code field} set to the
   * raw JSON {@code rawJsonValue} (null: the valid chair).
   */
  private String chairJson(String field, String rawJsonValue) {
    ObjectMapper mapper = new ObjectMapper();
    var node =
        mapper
            .createObjectNode()
            .put("chairId", chairId)
            .put("name", "错误测试")
            .put("enterpriseName", "江阴错误测试有限公司")
            .put("townUnitCode", "jytown08")
            .put("unionMembers", 50)
            .put("standaloneUnion", false)
            .put("directlyUnderTown", true)
            .put("onPublicPayroll", false)
            .put("inOffice", false)
            .put("officeStart", "1960-01-01")
            .put("officeEnd", "1960-12-31");
    String json = node.toString();
    if (field == null) {
      return json;
    }
    node.remove(field);
    String rest = node.toString();
    return "{\"" + field + "\":" + rawJsonValue + "," + rest.substring(1);
  }

  /** {@code text} as a JSON string with every character outside printable ASCII escaped. */
  private static String escaped(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      json.append(
          c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
              ? String.valueOf(c)
              : String.format("\\u%04x", (int) c));
    }
    return json.append('"').toString();
  }

  // ---- paging --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=2147483647",
        "page=2147483647&size=200",
        "page=-1",
        "size=0",
        "size=201",
        "page=abc",
        "size=99999999999",
        "page=10737419&size=200"
      })
  void badOrOverflowingPagesAre400(String query) throws Exception {
    MockHttpServletResponse response =
        http.perform("orgdept01", get("/api/direct-report/candidates?" + query));
    assertChineseError(response, 400);
  }

  @Test
  void theLastRepresentablePageIsAnEmptyPage() throws Exception {
    MockHttpServletResponse response =
        http.perform("orgdept01", get("/api/direct-report/candidates?page=2147483647&size=1"));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("[]");
  }

  // ---- bodies of the wrong type ----------------------------------------------------------

  @Test
  void aBodyThatIsNotJsonIs415Or400() throws Exception {
    assertChineseError(
        http.perform(
            "jycity01",
            post("/api/chair-stipend/chairs").contentType("text/plain").content("chairId=x")),
        415);
    assertChineseError(postChair("{\"chairId\": \"x\", "), 400);
    assertChineseError(postChair("[1,2,3]"), 400);
    assertChineseError(
        http.perform("jycity01", post("/api/chair-stipend/chairs").contentType("application/json")),
        400);
  }

  @Test
  void anUploadWithoutItsFilePartIs400() throws Exception {
    String boundary = "B0undary";
    byte[] otherPart =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"other\""
                + "\r\n\r\nx\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    MockHttpServletRequestBuilder withoutFile =
        post("/api/chair-stipend/chairs/import")
            .contentType("multipart/form-data; boundary=" + boundary)
            .content(otherPart);
    assertThat(assertChineseError(http.perform("jycity01", withoutFile), 400)).contains("file");
    MockHttpServletRequestBuilder broken =
        post("/api/chair-stipend/chairs/import")
            .contentType("multipart/form-data")
            .content("not multipart");
    assertChineseError(http.perform("jycity01", broken), 400);
    MockHttpServletRequestBuilder json =
        post("/api/chair-stipend/chairs/import").contentType("application/json").content("{}");
    assertChineseError(http.perform("jycity01", json), 400);
  }

  // ---- JSON values of the wrong type ------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unionMembers=2.5",
        "unionMembers=\"50\"",
        "unionMembers=true",
        "standaloneUnion=\"true\"",
        "standaloneUnion=1",
        "name=12345",
        "name=true",
        "enterpriseName={\"a\":1}",
        "officeStart=\"1994-13-01\"",
        "unknownField=1"
      })
  void valuesOfTheWrongTypeAreRefusedNotCoerced(String assignment) throws Exception {
    String field = assignment.substring(0, assignment.indexOf('='));
    String value = assignment.substring(assignment.indexOf('=') + 1);
    String message = assertChineseError(postChair(chairJson(field, value)), 400);
    assertThat(message).contains(field);
    assertThat(register.find(chairId)).isNull();
  }

  @Test
  void theValidChairOfTheseTestsIsStored() throws Exception {
    MockHttpServletResponse response = postChair(chairJson(null, null));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(register.find(chairId).unionMembers()).isEqualTo(50);
  }

  // ---- register text ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name=张\u0000三",
        "name=张三\n",
        "name=张\t三",
        "name=张三\u007f",
        "name=张三\u0085",
        "name=\u202e三张",
        "enterpriseName=江阴\u2066有限公司\u2069",
        "enterpriseName=江阴\u202a有限公司",
        "name=\ud800张三"
      })
  void registerTextRefusesControlAndBidiCharacters(String assignment) throws Exception {
    String field = assignment.substring(0, assignment.indexOf('='));
    String value = assignment.substring(assignment.indexOf('=') + 1);
    String message = assertChineseError(postChair(chairJson(field, escaped(value))), 400);
    assertThat(message).contains(field).contains("控制字符");
    assertThat(register.find(chairId)).isNull();
  }

  @Test
  void registerTextIsMeasuredInCharactersAgainstItsColumn() throws Exception {
    String tooLongName = "张".repeat(65);
    MockHttpServletResponse longest =
        postChair(chairJson("name", JSON.writeValueAsString("张".repeat(64))));
    assertThat(longest.getStatus()).as(longest.getContentAsString()).isEqualTo(200);
    chairId = chairId + "b";
    assertThat(
            assertChineseError(
                postChair(chairJson("name", JSON.writeValueAsString(tooLongName))), 400))
        .contains("name")
        .contains("64");
    assertChineseError(
        postChair(chairJson("enterpriseName", JSON.writeValueAsString("江".repeat(201)))), 400);
    assertThat(register.find(chairId)).isNull();

    // a character outside the Basic Multilingual Plane cannot be kept: the chair's name also
    // becomes a process variable, and Camunda's MySQL tables are utf8 (three bytes)
    String rare = "\ud840\udc00";
    assertThat(
            assertChineseError(
                postChair(chairJson("name", JSON.writeValueAsString("张" + rare))), 400))
        .contains("生僻字");
    assertThat(register.find(chairId)).isNull();
  }

  @Test
  void importedRowsWithControlCharactersAreListed() throws Exception {
    String csv =
        "chairId,name,enterpriseName,townUnitCode,unionMembers,standaloneUnion,"
            + "directlyUnderTown,onPublicPayroll,inOffice,officeStart,officeEnd\n"
            + chairId
            + ",\"张\u202e三\",江阴导入公司,jytown08,50,否,是,否,否,1960-01-01,1960-12-31\n";
    String boundary = "B0undary";
    byte[] upload =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"chairs.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    MockHttpServletResponse response =
        http.perform(
            "jycity01",
            post("/api/chair-stipend/chairs/import")
                .contentType("multipart/form-data; boundary=" + boundary)
                .content(upload));
    assertChineseError(response, 400);
    JsonNode rows = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("rows");
    assertThat(rows.get(0).path("reason").asText()).startsWith("姓名：").contains("控制字符");
    assertThat(register.find(chairId)).isNull();
  }
}
