package cn.partyunion.workflow.enterprisedesignation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.RegisterSheets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One import of {@code benchmark.enterprises} enterprises (default 5,000) over real HTTP, each with
 * its contact: every row checked, stored and provisioned (group, tenant, four tenant memberships,
 * the contact's login and memberships) in one transaction. Logs the seconds ("enterprise import
 * …"): {@code ./mvnw test -Pbenchmark -Dtest=EnterpriseImportBenchmarkTest} (with the README's
 * MySQL environment for MariaDB).
 */
@WorkflowSpringTest
@Tag("benchmark")
class EnterpriseImportBenchmarkTest {

  private static final Logger LOG = LoggerFactory.getLogger(EnterpriseImportBenchmarkTest.class);
  private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 5_000);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  @Test
  void fiveThousandEnterprisesInOneImport() {
    String s = Integer.toString(1000 + ThreadLocalRandom.current().nextInt(9000));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < ENTERPRISES; i++) {
      String code = "bm" + s + "e" + i;
      rows.add(
          List.of(
              code,
              "南通基准测试企业" + s + "-" + i,
              RegisterSheets.creditCode(),
              "新材料",
              "park0" + (i % 5 + 1),
              "chain0" + (i % 6 + 1),
              i % 2 == 0 ? "是" : "否",
              "否",
              "是",
              "liaison%02d".formatted(i % 10 + 1),
              "officer%02d".formatted(i % 10 + 1),
              "bm" + s + "c" + i,
              "测试联系人"));
    }
    byte[] sheet = RegisterSheets.xlsx(RegisterSheets.ENTERPRISE_HEADER, rows);
    HttpApi api = new HttpApi(port, "");
    long start = System.nanoTime();
    HttpApi.Response answer =
        RegisterSheets.upload(
            api, "orgdept01", "/api/registers/enterprises/import", "企业.xlsx", sheet);
    double seconds = (System.nanoTime() - start) / 1e9;
    LOG.info(
        "enterprise import: {} rows ({} KB sheet) checked, stored and provisioned in {} s",
        ENTERPRISES,
        sheet.length / 1024,
        "%.1f".formatted(seconds));
    assertThat(answer.status())
        .as(answer.body().substring(0, Math.min(500, answer.body().length())))
        .isEqualTo(200);
    assertThat(answer.json().path("imported").asInt()).isEqualTo(ENTERPRISES);
    assertThat(answer.json().path("logins")).hasSize(ENTERPRISES);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dr_enterprise WHERE code LIKE ?",
                Integer.class,
                "bm" + s + "e%"))
        .isEqualTo(ENTERPRISES);
    assertThat(
            identityService
                .createTenantQuery()
                .tenantId("bm" + s + "e" + (ENTERPRISES - 1))
                .count())
        .isOne();
  }
}
