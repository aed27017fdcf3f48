package cn.partyunion.workflow;

import cn.partyunion.workflow.shared.testkit.DemoPassword;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Real HTTP calls against the test application's port (the engine's REST API is a Jersey servlet
 * that MockMvc does not reach), as a demo user with the demo password or anonymously.
 */
public final class HttpApi {

  /** Password of every demo user ({@code partyunion.demo.password}). */
  public static final String DEMO_PASSWORD = DemoPassword.VALUE;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Status and body of one response. */
  public record Response(int status, String body) {
    /** The body parsed as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  /** Calls go to {@code http://localhost:<port><basePath><path>}. */
  public HttpApi(int port, String basePath) {
    this.base = "http://localhost:" + port + basePath;
  }

  /**
   * @param user demo user id, or {@code null} for an anonymous call
   * @param json request body (sent as {@code application/json}), or {@code null}
   */
  public Response call(String method, String user, String path, String json) {
    return call(method, user, DEMO_PASSWORD, path, json);
  }

  /**
   * Like {@link #call(String, String, String, String)}, with {@code password} instead of the demo
   * password.
   */
  public Response call(String method, String user, String password, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    HttpResponse<String> response =
        send(
            request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
            method + " " + path);
    return new Response(response.statusCode(), response.body());
  }

  /**
   * Sends a request written with MockMvc's builders ({@code get(...)}, {@code post(...)
   * .content(...)}) over real HTTP as {@code user}, and returns the answer as a mock response.
   */
  public MockHttpServletResponse perform(String user, MockHttpServletRequestBuilder request) {
    return perform(request.header("Authorization", basic(user)));
  }

  /**
   * Like {@link #perform(String, MockHttpServletRequestBuilder)}, waiting up to {@code timeout}.
   */
  public MockHttpServletResponse perform(
      String user, MockHttpServletRequestBuilder request, Duration timeout) {
    return perform(request.header("Authorization", basic(user)), timeout);
  }

  /** Like {@link #perform(String, MockHttpServletRequestBuilder)}, with the request's headers. */
  public MockHttpServletResponse perform(MockHttpServletRequestBuilder builder) {
    return perform(builder, Duration.ofSeconds(60));
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder builder, Duration timeout) {
    MockHttpServletRequest built = builder.buildRequest(new MockServletContext());
    String path =
        built.getRequestURI()
            + (built.getQueryString() == null ? "" : "?" + built.getQueryString());
    byte[] content = built.getContentAsByteArray();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .method(
                built.getMethod(),
                content == null || content.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(content));
    for (String name : Collections.list(built.getHeaderNames())) {
      if (!"Content-Length".equalsIgnoreCase(name)) {
        Collections.list(built.getHeaders(name)).forEach(value -> request.header(name, value));
      }
    }
    if (built.getContentType() != null && built.getHeader("Content-Type") == null) {
      request.header("Content-Type", built.getContentType());
    }
    HttpResponse<byte[]> answer =
        send(
            request.build(),
            HttpResponse.BodyHandlers.ofByteArray(),
            built.getMethod() + " " + path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setStatus(answer.statusCode());
    answer
        .headers()
        .map()
        .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    try {
      response.getOutputStream().write(answer.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return response;
  }

  private <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, String what) {
    return send(client, request, handler, what);
  }

  /**
   * Sends {@code request} with {@code client}, turning a transport failure into a test failure that
   * names {@code what} was sent.
   */
  static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler, String what) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new AssertionError(what + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(what + " interrupted", e);
    }
  }

  /** The HTTP Basic header value of a demo user. */
  public static String basic(String user) {
    return basic(user, DEMO_PASSWORD);
  }

  /** The HTTP Basic header value of {@code user} with {@code password}. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
