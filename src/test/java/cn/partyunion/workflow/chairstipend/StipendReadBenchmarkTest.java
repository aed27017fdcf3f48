package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The stipend page's reads on a quarter of 10,000 chairs (issue 10: "10,000 chairs a quarter"),
 * over real HTTP as jycity01 and jytown01: p50 / p95 of each call are logged ("stipend read …").
 * The lines are written through the roster's mapper (no process run). A benchmark, not part of
 * {@code ./mvnw verify}: {@code ./mvnw test -Pbenchmark -Dtest=StipendReadBenchmarkTest}.
 */
@WorkflowSpringTest
@Tag("benchmark")
class StipendReadBenchmarkTest {

  private static final Logger LOG = LoggerFactory.getLogger(StipendReadBenchmarkTest.class);
  private static final int CHAIRS = 10_000;
  private static final int RUNS = 40;
  private static final String[] STATUSES = {
    "AWAITING_SELF_REPORT", "AWAITING_ASSESSMENT", "ASSESSED", "FAILED", "INELIGIBLE", "PAID"
  };

  @Autowired QuarterMapper quarters;
  @LocalServerPort int port;

  @Test
  void readsOfATenThousandChairQuarter() {
    String q = null;
    for (int year = 1600; year < 1700 && q == null; year++) {
      if (quarters.findQuarter(year + "Q1") == null) {
        q = year + "Q1";
      }
    }
    LocalDateTime now = LocalDateTime.now();
    quarters.insertQuarter(q, "none", now);
    List<RosterEntry> page = new ArrayList<>();
    for (int i = 0; i < CHAIRS; i++) {
      String status = STATUSES[i % STATUSES.length];
      boolean eligible = !status.equals("FAILED") && !status.equals("INELIGIBLE");
      boolean amount = status.equals("ASSESSED") || status.equals("PAID");
      page.add(
          new RosterEntry(
              q,
              "bench%05d".formatted(i),
              "主席" + i,
              "江阴基准企业" + i + "有限公司",
              "jytown%02d".formatted(i % 19 + 1),
              50 + i % 1500,
              eligible,
              eligible ? null : "不在岗在职",
              3,
              null,
              amount ? 60 + i % 40 : null,
              null,
              amount ? "PASS" : null,
              amount ? BigDecimal.valueOf(180) : null,
              amount ? BigDecimal.valueOf(540) : null,
              status));
      if (page.size() == 500) {
        quarters.insertRoster(page, now);
        page.clear();
      }
    }
    // insertRoster stores no amounts: write them as the assessment does
    for (int i = 0; i < CHAIRS; i++) {
      String status = STATUSES[i % STATUSES.length];
      if (status.equals("ASSESSED") || status.equals("PAID")) {
        quarters.recordAssessment(
            new RosterEntry(
                q,
                "bench%05d".formatted(i),
                null,
                null,
                null,
                null,
                true,
                null,
                3,
                null,
                60 + i % 40,
                "基准",
                "PASS",
                BigDecimal.valueOf(180),
                BigDecimal.valueOf(540),
                status),
            now);
      }
    }

    HttpApi http = new HttpApi(port, "");
    String lines = "/api/chair-stipend/quarters/" + q;
    Map<String, String[]> calls = new LinkedHashMap<>();
    calls.put("quarters (city)", new String[] {"jycity01", "/api/chair-stipend/quarters"});
    calls.put("quarters (town)", new String[] {"jytown01", "/api/chair-stipend/quarters"});
    calls.put("lines page 0 (city)", new String[] {"jycity01", lines});
    calls.put("lines page 150 (city)", new String[] {"jycity01", lines + "?page=150&size=50"});
    calls.put(
        "lines sort quarterAmount desc",
        new String[] {"jycity01", lines + "?sort=quarterAmount,desc"});
    calls.put(
        "lines town+status", new String[] {"jycity01", lines + "?town=jytown05&status=ASSESSED"});
    calls.put("lines eligible=false", new String[] {"jycity01", lines + "?eligible=false"});
    calls.put("lines q prefix", new String[] {"jycity01", lines + "?q=bench012"});
    calls.put("lines (town)", new String[] {"jytown01", lines});
    calls.put("towns (city)", new String[] {"jycity01", lines + "/towns"});
    calls.put(
        "chair history",
        new String[] {"jycity01", "/api/chair-stipend/chairs/jychair001/quarters"});
    for (Map.Entry<String, String[]> call : calls.entrySet()) {
      String user = call.getValue()[0];
      String path = call.getValue()[1];
      assertThat(http.call("GET", user, path, null).status()).as(path).isEqualTo(200);
      long[] ms = new long[RUNS];
      for (int r = 0; r < RUNS; r++) {
        long t = System.nanoTime();
        http.call("GET", user, path, null);
        ms[r] = (System.nanoTime() - t) / 1_000_000;
      }
      Arrays.sort(ms);
      LOG.info(
          "stipend read {}: p50 {} ms, p95 {} ms",
          call.getKey(),
          ms[RUNS / 2],
          ms[RUNS * 95 / 100]);
    }
    for (int r = 0; r < 3; r++) {
      long t = System.nanoTime();
      MockHttpServletResponse xlsx =
          http.perform("jycity01", MockMvcRequestBuilders.get(lines + ".xlsx"));
      assertThat(xlsx.getStatus()).isEqualTo(200);
      LOG.info(
          "stipend read xlsx of {} lines (run {}): {} ms, {} KiB",
          CHAIRS,
          r + 1,
          (System.nanoTime() - t) / 1_000_000,
          xlsx.getContentAsByteArray().length / 1024);
    }
  }
}
