package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each webapp page carries the nonce of its own Content-Security-Policy header, also while other
 * webapp requests run at the same time (Camunda keeps the nonce in a servlet-context attribute; a
 * page with another request's nonce has all its scripts blocked and stays on its spinner).
 */
@WorkflowSpringTest
class CspNonceIsolationTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final int CLIENTS = 8;
  private static final int PAGES_PER_CLIENT = 40;

  @LocalServerPort int port;

  @Test
  void everyWebappPageCarriesItsOwnHeadersNonceUnderConcurrentRequests() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String[] pages = {
      "/camunda/app/tasklist/default/",
      "/camunda/app/cockpit/default/",
      "/camunda/app/admin/default/"
    };
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Callable<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        clients.add(
            () -> {
              List<String> mismatches = new ArrayList<>();
              for (int i = 0; i < PAGES_PER_CLIENT; i++) {
                String page = pages[(offset + i) % pages.length];
                HttpResponse<String> response =
                    client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                String header = response.headers().firstValue("Content-Security-Policy").orElse("");
                List<String> inPage = all(PAGE_NONCE, response.body());
                String expected = first(HEADER_NONCE, header);
                if (expected == null
                    || inPage.isEmpty()
                    || !inPage.stream().allMatch(expected::equals)) {
                  mismatches.add(page + " header " + expected + " page " + inPage);
                }
              }
              return mismatches;
            });
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> result : pool.invokeAll(clients)) {
        mismatches.addAll(result.get());
      }
      assertThat(mismatches).as("pages whose nonce is not their header's").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
