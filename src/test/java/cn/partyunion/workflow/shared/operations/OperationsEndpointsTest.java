package cn.partyunion.workflow.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Actuator over real HTTP: health (database, job executor) and the Prometheus metrics with the
 * engine's gauges for an administrator; 401 without a login, 403 for every other role.
 */
@WorkflowSpringTest
class OperationsEndpointsTest {

  @LocalServerPort int port;
  HttpApi http;

  @BeforeEach
  void client() {
    http = new HttpApi(port, "");
  }

  @Test
  void anAdministratorSeesHealthWithTheDatabaseAndTheJobExecutor() throws Exception {
    MockHttpServletResponse health = http.perform("admin", get("/actuator/health"));
    assertThat(health.getStatus()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(health.getContentAsString(StandardCharsets.UTF_8));
    assertThat(body.path("components").path("db").path("status").asText()).isEqualTo("UP");
    // the tests' job executor is off; on a running node the component is UP
    assertThat(body.path("components").path("jobExecution").path("status").asText())
        .isEqualTo("DISABLED");
    assertThat(body.path("components").path("jobExecution").path("details").has("lockOwner"))
        .isTrue();
    assertThat(body.path("components").path("processEngine").path("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void anAdministratorReadsTheEnginesMetricsInPrometheusFormat() throws Exception {
    MockHttpServletResponse metrics =
        http.perform("admin", get("/actuator/prometheus").accept("text/plain"));
    assertThat(metrics.getStatus()).isEqualTo(200);
    String text = metrics.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("partyunion_engine_jobs{state=\"executable\"}")
        .contains("partyunion_engine_jobs{state=\"failed\"}")
        .contains("partyunion_engine_open_tasks{process=\"directReport\"}")
        .contains("partyunion_engine_open_tasks{process=\"chairStipendChair\"}")
        .contains("partyunion_engine_incidents{process=\"reviewMeeting\"}")
        .contains("partyunion_engine_running_instances{process=\"chairStipend\"}")
        .contains("hikaricp_connections_active");
  }

  @Test
  void everyOtherRoleIsRefusedAndAnonymousCallersMustLogIn() throws Exception {
    for (String user :
        new String[] {"jycity01", "orgdept01", "ent01", "hhoffice01", "jychair001"}) {
      for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator"}) {
        MockHttpServletResponse refused = http.perform(user, get(path));
        assertThat(refused.getStatus()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
            .contains(AdministratorsOnlyFilter.REFUSAL);
      }
    }
    assertThat(http.call("GET", null, "/actuator/health", null).status()).isEqualTo(401);
    assertThat(http.call("GET", null, "/actuator/prometheus", null).status()).isEqualTo(401);
  }
}
