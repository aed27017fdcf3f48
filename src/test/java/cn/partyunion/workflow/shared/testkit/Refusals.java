package cn.partyunion.workflow.shared.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The two shapes of "refused": a rule's exception in Java, a 4xx with a Chinese message over HTTP.
 */
public final class Refusals {

  private Refusals() {}

  /**
   * Asserts that {@code action} is refused with a {@link FormValidationException} carrying exactly
   * {@code message} (the engine wraps listener and delegate exceptions: the cause chain is
   * searched).
   */
  public static void assertRefused(ThrowingCallable action, String message) {
    Throwable thrown = catchThrowable(action);
    assertThat(thrown).as("refused").isNotNull();
    Throwable cause = thrown;
    while (!(cause instanceof FormValidationException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(FormValidationException.class).hasMessage(message);
  }

  /**
   * Asserts that the answer has {@code status} (a 4xx) and a Chinese {@code message} that mentions
   * {@code mentioned} and shows no internals (exception names, Java, SQL).
   */
  public static void assertRefused(HttpApi.Response response, int status, String mentioned) {
    assertThat(status).as("a refusal is a 4xx").isBetween(400, 499);
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().path("message").asText())
        .as(response.body())
        .contains(mentioned)
        .containsPattern("\\p{IsHan}")
        .doesNotContain("Exception", "java.", "SQL");
  }
}
