package cn.partyunion.workflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine's 500 for a command that found no database connection (remembered by {@link
 * FaultAnsweringPlugin}) reaches the client as 503 with {@code Retry-After} and the Chinese
 * message; an optimistic-locking 500 as 409.
 */
class UserFacingErrorFilterTest {

  @Test
  void anUnreachableDatabaseIs503WithRetryAfter() throws Exception {
    MockHttpServletResponse response =
        answer(
            Faults.Kind.DATABASE_UNAVAILABLE,
            "{\"type\":\"ProcessEngineException\",\"message\":\"JDBC rollback; No operations"
                + " allowed after connection closed\"}");
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("15");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains(Faults.DATABASE_UNAVAILABLE_MESSAGE)
        .doesNotContain("JDBC");
  }

  @Test
  void anOptimisticLockingConflictIs409WithoutEngineText() throws Exception {
    MockHttpServletResponse response =
        answer(
            Faults.Kind.TAKEN,
            "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of"
                + " 'UPDATE TaskEntity' failed. Entity was updated by another transaction"
                + " concurrently.\"}");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getHeader("Retry-After")).isNull();
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains(Faults.TAKEN_MESSAGE)
        .doesNotContain("ENGINE-");
  }

  private static MockHttpServletResponse answer(Faults.Kind kind, String engineBody)
      throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/engine-rest/task/abc/complete");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new UserFacingErrorFilter()
        .doFilter(
            request,
            response,
            (req, res) -> {
              UserFacingError.remember(kind.status(), kind.type(), kind.message());
              HttpServletResponse http = (HttpServletResponse) res;
              http.setStatus(500);
              http.setContentType("application/json");
              http.getOutputStream().write(engineBody.getBytes(StandardCharsets.UTF_8));
            });
    return response;
  }
}
