package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like client of the test application: logs in to Tasklist as the webapps do (fetch a
 * page to get the {@code XSRF-TOKEN} cookie, then post the login form with that token in
 * {@code X-XSRF-TOKEN}) and then sends requests with the session cookie only, like a browser
 * that another site makes send a request. {@link #csrfToken()} is the token a page of the
 * webapps would read from the cookie.
 */
final class WebappSession {

  /** What the server answered: status, body and the response headers. */
  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String base;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** A session of {@code user} (password {@value HttpApi#DEMO_PASSWORD}) in the webapps. */
  static WebappSession login(int port, String user) {
    WebappSession session = new WebappSession(port);
    Answer page = session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/"))
        .GET());
    assertThat(page.status()).isEqualTo(200);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(HttpApi.DEMO_PASSWORD, StandardCharsets.UTF_8);
    Answer login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    // the login starts a new session without a token: the next read hands out a new one, as
    // Tasklist's first request after the login does
    Answer current = session.send(HttpRequest.newBuilder(
        session.uri("/camunda/api/admin/auth/user/default")).GET());
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    return session;
  }

  /** The value of the {@code XSRF-TOKEN} cookie the webapps gave this browser. */
  String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no XSRF-TOKEN"));
  }

  /**
   * Sends a request with the session cookie; {@code headers} are name/value pairs.
   *
   * @param contentType content type of {@code body}, or null for no body
   */
  Answer send(String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** A JSON request with the session cookie. */
  Answer json(String method, String path, String json, String... headers) {
    return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
