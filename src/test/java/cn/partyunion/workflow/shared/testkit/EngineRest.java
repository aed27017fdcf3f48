package cn.partyunion.workflow.shared.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * The engine REST calls Tasklist makes, as a demo user over real HTTP ({@link HttpApi}): submit a
 * start or task form, claim a task, list ids. For the tests of who may see and do what.
 */
public final class EngineRest {

  private final HttpApi http;

  public EngineRest(HttpApi http) {
    this.http = http;
  }

  /** Submits the start form of the latest {@code processKey} as {@code user}. */
  public HttpApi.Response start(String user, String processKey, Map<String, ?> values) {
    return http.call(
        "POST",
        user,
        "/engine-rest/process-definition/key/" + processKey + "/submit-form",
        RestForms.body(values));
  }

  /** Submits {@code taskId}'s form as {@code user}. */
  public HttpApi.Response submit(String user, String taskId, Map<String, ?> values) {
    return http.call(
        "POST", user, "/engine-rest/task/" + taskId + "/submit-form", RestForms.body(values));
  }

  /** Claims {@code taskId} for {@code user}, as {@code user}. */
  public HttpApi.Response claim(String user, String taskId) {
    return http.call(
        "POST",
        user,
        "/engine-rest/task/" + taskId + "/claim",
        RestForms.json(Map.of("userId", user)));
  }

  /** {@code GET path} as {@code user}: asserts 200 and returns the listed {@code id}s. */
  public List<String> ids(String user, String path) {
    HttpApi.Response response = http.call("GET", user, path, null);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return JsonPath.read(response.body(), "$[*].id");
  }

  /** {@code GET path} as {@code user}. */
  public HttpApi.Response get(String user, String path) {
    return http.call("GET", user, path, null);
  }

  /** The answer's Chinese {@code message}. */
  public static String message(HttpApi.Response response) {
    return response.json().path("message").asText();
  }
}
