package cn.partyunion.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session of the Camunda webapps over real HTTP: signs in on the login API the login
 * page uses (first a page for the {@code XSRF-TOKEN} cookie, then the login form with that token in
 * {@code X-XSRF-TOKEN}) and keeps the session cookie. {@link #call} sends the token as the webapps
 * do (Tasklist, Cockpit, Admin through {@code /camunda/api/engine}); {@link #send} and {@link
 * #json} send only what they are given, like a request another site makes a browser send.
 */
public final class WebappSession {

  /** What the server answered: status, body and the response headers. */
  public record Answer(int status, String body, HttpHeaders headers) {
    /** The first value of response header {@code name}, or {@code null}. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  /** A session against {@code http://localhost:<port>}, not yet signed in. */
  public WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A signed-in Tasklist session of {@code user} (password {@value HttpApi#DEMO_PASSWORD}). */
  public static WebappSession login(int port, String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("tasklist", user, HttpApi.DEMO_PASSWORD)).isEqualTo(200);
    return session;
  }

  /**
   * Signs in as {@code user} on {@code app} (tasklist, cockpit, admin).
   *
   * @return the login call's status (200 signed in, 401 refused)
   */
  public int login(String app, String user, String password) {
    return login(app, user, password, null).status();
  }

  /**
   * Signs in as {@code user} on {@code app} with the second factor's {@code code} (null: none
   * sent).
   *
   * @return the login call's answer
   */
  public Answer login(String app, String user, String password, String code) {
    send("GET", "/camunda/app/tasklist/default/", null, null);
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + (code == null ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    Answer answer =
        send(
            "POST",
            "/camunda/api/admin/auth/user/default/login/" + app,
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8),
            "X-XSRF-TOKEN",
            csrfToken());
    // the login starts a new session without a token: the next read hands out a new one, as
    // Tasklist's first request after the login does
    send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return answer;
  }

  /** The value of the last cookie {@code name} this browser holds, or {@code null}. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  /** The value of the {@code XSRF-TOKEN} cookie the webapps gave this browser. */
  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN"));
  }

  /**
   * Calls {@code /camunda<path>} as the webapps do, with the CSRF token.
   *
   * @param json request body sent as {@code application/json}, or {@code null}
   */
  public HttpApi.Response call(String method, String path, String json) {
    Answer answer =
        send(
            method,
            "/camunda" + path,
            json == null ? null : "application/json",
            json == null ? null : json.getBytes(StandardCharsets.UTF_8),
            "X-XSRF-TOKEN",
            csrfToken());
    return new HttpApi.Response(answer.status(), answer.body());
  }

  /**
   * Sends a request with the session cookie and nothing else; {@code headers} are name/value pairs.
   *
   * @param contentType content type of {@code body}, or null for no body
   */
  public Answer send(
      String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response =
        HttpApi.send(
            client,
            request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
            method + " " + path);
    return new Answer(response.statusCode(), response.body(), response.headers());
  }

  /** A JSON request with the session cookie and {@code headers} only. */
  public Answer json(String method, String path, String json, String... headers) {
    return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }
}
