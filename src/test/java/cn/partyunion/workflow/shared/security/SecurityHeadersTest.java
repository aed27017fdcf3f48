package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every answer of the two JSON APIs — success, error and 401 alike — tells the browser not to sniff
 * its type, not to render it in a frame or run anything from it, and (it holds personal data) not
 * to store it.
 */
@WorkflowSpringTest
class SecurityHeadersTest {

  @LocalServerPort int port;
  HttpApi http;

  @BeforeEach
  void client() {
    http = new HttpApi(port, "");
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("orgdept01", get("/api/direct-report/candidates"), 200),
        Arguments.of(null, get("/api/direct-report/candidates"), 401),
        Arguments.of("orgdept01", get("/api/direct-report/candidates/NO-SUCH/timeline"), 404),
        Arguments.of("orgdept01", get("/api/direct-report/candidates?status=NOPE"), 400),
        Arguments.of(
            "jycity01",
            post("/api/chair-stipend/chairs").contentType(MediaType.APPLICATION_JSON).content("{"),
            400),
        Arguments.of("orgdept01", get("/engine-rest/task?maxResults=1"), 200),
        Arguments.of(null, get("/engine-rest/task"), 401),
        Arguments.of("orgdept01", get("/engine-rest/process-instance/no-such-id"), 404),
        Arguments.of(
            "orgdept01",
            post("/engine-rest/task/no-such-id/submit-form")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"variables\":{}}"),
            404));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void everyAnswerCarriesTheSecurityHeaders(
      String user, MockHttpServletRequestBuilder request, int expectedStatus) {
    MockHttpServletResponse response =
        user == null ? http.perform(request) : http.perform(user, request);
    assertThat(response.getStatus()).isEqualTo(expectedStatus);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("Content-Security-Policy"))
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'");
    assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
  }
}
