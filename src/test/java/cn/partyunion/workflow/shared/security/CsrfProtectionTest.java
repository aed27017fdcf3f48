package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.chairstipend.ChairRegister;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site request forgery on the application API: a browser that holds the webapps' session
 * cookie sends it along with any request another site makes it send. A state-changing {@code /api}
 * call authenticated by that cookie therefore needs the webapps' CSRF token in {@code X-XSRF-TOKEN}
 * (403 {@code {"error":"CSRF"}} and nothing stored without it); calls with HTTP Basic credentials
 * and no session carry no ambient authority and need none.
 */
@WorkflowSpringTest
class CsrfProtectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ChairRegister register;

  private static String newChairId() {
    return "csrf" + ThreadLocalRandom.current().nextInt(1_000_000_000);
  }

  /**
   * A chair out of office long before any quarter the tests assess (never on a roster as eligible).
   */
  private static String chair(String id) {
    return """
        {"chairId":"%s","name":"跨站测试","enterpriseName":"江阴跨站测试有限公司",
         "townUnitCode":"jytown08","unionMembers":50,"standaloneUnion":false,
         "directlyUnderTown":true,"onPublicPayroll":false,"inOffice":false,
         "officeStart":"1960-01-01","officeEnd":"1960-12-31"}"""
        .formatted(id);
  }

  private static byte[] csvUpload(String boundary, String chairId) {
    String csv =
        "chairId,name,enterpriseName,townUnitCode,unionMembers,standaloneUnion,"
            + "directlyUnderTown,onPublicPayroll,inOffice,officeStart,officeEnd\n"
            + chairId
            + ",跨站导入,江阴跨站导入公司,jytown08,50,否,是,否,否,1960-01-01,1960-12-31\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"chairs.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void assertCsrfRefusal(WebappSession.Answer answer) throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("error").asText()).isEqualTo("CSRF");
    assertThat(body.path("message").asText()).contains("页面").matches(".*\\p{IsHan}.*");
  }

  @Test
  void sessionCookieWithoutTokenIsRefusedAndNothingIsStored() throws Exception {
    WebappSession session = WebappSession.login(port, "jycity01");
    String id = newChairId();
    assertCsrfRefusal(session.json("POST", "/api/chair-stipend/chairs", chair(id)));
    assertThat(register.find(id)).isNull();

    session = WebappSession.login(port, "jycity01");
    String imported = newChairId();
    assertCsrfRefusal(
        session.send(
            "POST",
            "/api/chair-stipend/chairs/import",
            "multipart/form-data; boundary=XyZ",
            csvUpload("XyZ", imported)));
    assertThat(register.find(imported)).isNull();
  }

  @Test
  void foreignOriginWithoutTokenIsRefused() throws Exception {
    WebappSession session = WebappSession.login(port, "jycity01");
    String id = newChairId();
    assertCsrfRefusal(
        session.json(
            "POST",
            "/api/chair-stipend/chairs",
            chair(id),
            "Origin",
            "https://evil.example",
            "Referer",
            "https://evil.example/page.html"));
    assertThat(register.find(id)).isNull();
  }

  @Test
  void aWrongTokenIsRefused() throws Exception {
    WebappSession session = WebappSession.login(port, "jycity01");
    String id = newChairId();
    assertCsrfRefusal(
        session.json(
            "POST",
            "/api/chair-stipend/chairs",
            chair(id),
            "X-XSRF-TOKEN",
            "0123456789ABCDEF0123456789ABCDEF"));
    assertThat(register.find(id)).isNull();
  }

  @Test
  void theWebappsTokenAuthorizesSessionCallsToTheApi() throws Exception {
    WebappSession session = WebappSession.login(port, "jycity01");
    String id = newChairId();
    WebappSession.Answer stored =
        session.json(
            "POST", "/api/chair-stipend/chairs", chair(id), "X-XSRF-TOKEN", session.csrfToken());
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(register.find(id).name()).isEqualTo("跨站测试");

    String imported = newChairId();
    WebappSession.Answer upload =
        session.send(
            "POST",
            "/api/chair-stipend/chairs/import",
            "multipart/form-data; boundary=XyZ",
            csvUpload("XyZ", imported),
            "X-XSRF-TOKEN",
            session.csrfToken());
    assertThat(upload.status()).as(upload.body()).isEqualTo(200);
    assertThat(register.find(imported)).isNotNull();

    // reading needs no token; the same token still works for the webapps' own API
    assertThat(session.send("GET", "/api/chair-stipend/quarters/1990Q1", null, null).status())
        .isEqualTo(404);
    WebappSession.Answer logout =
        session.send(
            "POST",
            "/camunda/api/admin/auth/user/default/logout",
            null,
            null,
            "X-XSRF-TOKEN",
            session.csrfToken());
    assertThat(logout.status()).as(logout.body()).isEqualTo(200);
  }

  @Test
  void basicAuthenticationWithoutSessionNeedsNoToken() {
    HttpApi api = new HttpApi(port, "");
    String id = newChairId();
    HttpApi.Response stored = api.call("POST", "jycity01", "/api/chair-stipend/chairs", chair(id));
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(register.find(id)).isNotNull();
  }
}
