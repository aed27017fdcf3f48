package cn.partyunion.workflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session of the Camunda webapps over real HTTP: signs in on the login API the
 * login page uses, keeps the session cookie and sends the CSRF token the webapps require on
 * modifying calls — so tests reach the webapps' engine API ({@code /camunda/api/engine}) the way
 * Tasklist, Cockpit and Admin do.
 */
public final class WebappSession {

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private String csrfToken;

  /** A session against {@code http://localhost:<port>/camunda}, not yet signed in. */
  public WebappSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
  }

  /**
   * Signs in as {@code user} with {@code password} on {@code app} (tasklist, cockpit, admin).
   *
   * @return the login call's status (200 signed in, 401 refused)
   */
  public int login(String app, String user, String password) {
    call("GET", "/api/admin/auth/user/default", null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status = send(request("POST", "/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build()).status();
    call("GET", "/api/admin/auth/user/default", null);
    return status;
  }

  /**
   * Calls {@code /camunda<path>} in this session.
   *
   * @param json request body sent as {@code application/json}, or {@code null}
   */
  public HttpApi.Response call(String method, String path, String json) {
    HttpRequest.Builder request = request(method, path).method(method, json == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.build());
  }

  private HttpRequest.Builder request(String method, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return request;
  }

  private HttpApi.Response send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      return new HttpApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(request.method() + " " + request.uri() + " interrupted", e);
    }
  }
}
