package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import cn.partyunion.workflow.shared.testkit.DemoPassword;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the workbench's stipend page (issue 10, page 7) reads, over real HTTP as the demo users:
 * jycity01 every chair, jytown01 only its chairs (another town's chair → 403), jychair001 only its
 * own lines, orgdept01 nothing (403); paging, filters, sort and the export's rows; totals per town
 * hand-computed on a quarter of six lines written through the roster's mapper; the open task's link
 * on a quarter run by the process.
 */
@WorkflowSpringTest
class ChairStipendPageDataTest {

  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired IdentitySetup identity;
  @LocalServerPort int port;
  HttpApi http;
  StipendFixture fx;

  @BeforeEach
  void setUp() {
    http = new HttpApi(port, "");
    fx = new StipendFixture(engine, register, quarters);
  }

  /** A quarter of {@code century} (1700s, 1800s) that no test opened yet. */
  private String freeQuarter(int century) {
    for (int year = century; year < century + 100; year++) {
      String q = year + "Q1";
      if (quarters.findQuarter(q) == null) {
        return q;
      }
    }
    throw new AssertionError("no free quarter in " + century);
  }

  private static RosterEntry line(
      String q, String chairId, String town, boolean eligible, String reason, String status) {
    return new RosterEntry(
        q,
        chairId,
        "测试主席" + chairId,
        "江阴测试企业" + chairId + "有限公司",
        town,
        150,
        eligible,
        reason,
        3,
        null,
        null,
        null,
        null,
        null,
        null,
        status);
  }

  private static RosterEntry assessed(
      RosterEntry e, int score, String grade, int monthly, int months, String status) {
    boolean failed = status.equals("FAILED");
    BigDecimal m = BigDecimal.valueOf(monthly);
    return new RosterEntry(
        e.quarter(),
        e.chairId(),
        e.chairName(),
        e.enterpriseName(),
        e.townUnitCode(),
        e.unionMembers(),
        !failed,
        failed ? "季度考核不合格" : null,
        months,
        null,
        score,
        "测试",
        grade,
        m,
        m.multiply(BigDecimal.valueOf(months)),
        status);
  }

  /**
   * Six lines: jytown01 — jychair001 assessed 300 × 3 = 900, pdA1 awaiting self-report, pdA2
   * ineligible; jytown02 — pdB1 assessed 150 × 2 = 300, pdB2 failed, pdB3 awaiting assessment.
   */
  private String smallQuarter() {
    String q = freeQuarter(1800);
    String s = q.substring(0, 4);
    for (String id : List.of("pdA1" + s, "pdA2" + s)) {
      fx.eligible(id, "jytown01", 150, q);
    }
    for (String id : List.of("pdB1" + s, "pdB2" + s, "pdB3" + s)) {
      fx.eligible(id, "jytown02", 150, q);
    }
    LocalDateTime now = LocalDateTime.now();
    quarters.insertQuarter(q, "none", now);
    RosterEntry chair001 = line(q, "jychair001", "jytown01", true, null, "AWAITING_ASSESSMENT");
    RosterEntry b1 = line(q, "pdB1" + s, "jytown02", true, null, "AWAITING_ASSESSMENT");
    RosterEntry b2 = line(q, "pdB2" + s, "jytown02", true, null, "AWAITING_ASSESSMENT");
    quarters.insertRoster(
        List.of(
            chair001,
            line(q, "pdA1" + s, "jytown01", true, null, "AWAITING_SELF_REPORT"),
            line(q, "pdA2" + s, "jytown01", false, "不在岗在职", "INELIGIBLE"),
            b1,
            b2,
            line(q, "pdB3" + s, "jytown02", true, null, "AWAITING_ASSESSMENT")),
        now);
    quarters.recordAssessment(assessed(chair001, 95, "EXCELLENT", 300, 3, "ASSESSED"), now);
    quarters.recordAssessment(assessed(b1, 70, "BASIC_PASS", 150, 2, "ASSESSED"), now);
    quarters.recordAssessment(assessed(b2, 50, "FAIL", 0, 3, "FAILED"), now);
    return q;
  }

  private JsonNode ok(String user, String path) {
    HttpApi.Response response = http.call("GET", user, path, null);
    assertThat(response.status()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private int status(String user, String path) {
    return http.call("GET", user, path, null).status();
  }

  private static JsonNode quarterOf(JsonNode list, String q) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(n -> n.path("quarter").asText().equals(q))
        .findFirst()
        .orElseThrow(() -> new AssertionError(q + " not in " + list));
  }

  private static List<String> chairIds(JsonNode lines) {
    List<String> ids = new ArrayList<>();
    lines.forEach(n -> ids.add(n.path("chairId").asText()));
    return ids;
  }

  @Test
  void theCityUnionReadsEveryChairWithCountsTotalsPagingAndFilters() throws Exception {
    String q = smallQuarter();
    String s = q.substring(0, 4);

    JsonNode summary = quarterOf(ok("jycity01", "/api/chair-stipend/quarters"), q);
    assertThat(summary.path("chairs").asLong()).isEqualTo(6);
    assertThat(summary.path("eligible").asLong()).isEqualTo(4);
    assertThat(summary.path("ineligible").asLong()).isEqualTo(2);
    assertThat(summary.path("assessed").asLong()).isEqualTo(3);
    assertThat(summary.path("awaitingSelfReport").asLong()).isEqualTo(1);
    assertThat(summary.path("awaitingAssessment").asLong()).isEqualTo(1);
    assertThat(summary.path("totalAmount").decimalValue()).isEqualByComparingTo("1200");
    assertThat(summary.path("status").asText()).isEqualTo("OPEN");
    assertThat(summary.path("statusLabel").asText()).isEqualTo("考核中");

    JsonNode towns = ok("jycity01", "/api/chair-stipend/quarters/" + q + "/towns");
    assertThat(towns.path("towns")).hasSize(19);
    JsonNode t1 = towns.path("towns").get(0);
    assertThat(t1.path("townUnitCode").asText()).isEqualTo("jytown01");
    assertThat(t1.path("townName").asText()).isEqualTo("澄江街道工会");
    assertThat(List.of(t1.path("chairs").asLong(), t1.path("eligible").asLong()))
        .containsExactly(3L, 2L);
    assertThat(t1.path("assessed").asLong()).isEqualTo(1);
    assertThat(t1.path("totalAmount").decimalValue()).isEqualByComparingTo("900");
    JsonNode t2 = towns.path("towns").get(1);
    assertThat(List.of(t2.path("chairs").asLong(), t2.path("eligible").asLong()))
        .containsExactly(3L, 2L);
    assertThat(t2.path("assessed").asLong()).isEqualTo(2);
    assertThat(t2.path("totalAmount").decimalValue()).isEqualByComparingTo("300");
    assertThat(towns.path("towns").get(2).path("chairs").asLong()).isZero();
    JsonNode total = towns.path("total");
    assertThat(total.path("townName").asText()).isEqualTo("合计");
    assertThat(total.path("chairs").asLong()).isEqualTo(6);
    assertThat(total.path("eligible").asLong()).isEqualTo(4);
    assertThat(total.path("assessed").asLong()).isEqualTo(3);
    assertThat(total.path("totalAmount").decimalValue()).isEqualByComparingTo("1200");

    String lines = "/api/chair-stipend/quarters/" + q;
    MockHttpServletResponse page =
        http.perform("jycity01", MockMvcRequestBuilders.get(lines + "?size=4&page=1"));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getHeader("X-Total-Count")).isEqualTo("6");
    JsonNode second = new HttpApi.Response(200, page.getContentAsString()).json();
    assertThat(chairIds(second)).containsExactly("pdB2" + s, "pdB3" + s);

    JsonNode all = ok("jycity01", lines);
    assertThat(chairIds(all))
        .containsExactly("jychair001", "pdA1" + s, "pdA2" + s, "pdB1" + s, "pdB2" + s, "pdB3" + s);
    JsonNode first = all.get(0);
    assertThat(first.path("name").asText()).isEqualTo("测试主席jychair001");
    assertThat(first.path("townName").asText()).isEqualTo("澄江街道工会");
    assertThat(first.path("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(first.path("gradeLabel").asText()).isEqualTo("优秀");
    assertThat(first.path("score").asInt()).isEqualTo(95);
    assertThat(first.path("monthlyAmount").isNumber()).isTrue();
    assertThat(first.path("quarterAmount").decimalValue()).isEqualByComparingTo("900");
    assertThat(first.path("statusLabel").asText()).isEqualTo("已考核，待审批");
    assertThat(all.get(2).path("eligible").asBoolean()).isFalse();
    assertThat(all.get(2).path("reasonLabel").asText()).isEqualTo("不在岗在职");

    assertThat(chairIds(ok("jycity01", lines + "?town=jytown02"))).hasSize(3);
    assertThat(chairIds(ok("jycity01", lines + "?status=ASSESSED")))
        .containsExactly("jychair001", "pdB1" + s);
    assertThat(chairIds(ok("jycity01", lines + "?eligible=false")))
        .containsExactly("pdA2" + s, "pdB2" + s);
    assertThat(chairIds(ok("jycity01", lines + "?q=pdB"))).hasSize(3);
    assertThat(chairIds(ok("jycity01", lines + "?q=%E6%B5%8B%E8%AF%95%E4%B8%BB%E5%B8%ADpdA")))
        .containsExactly("pdA1" + s, "pdA2" + s);
    assertThat(chairIds(ok("jycity01", lines + "?q=pd%25"))).isEmpty();
    assertThat(chairIds(ok("jycity01", lines + "?sort=quarterAmount,desc&size=2")))
        .containsExactly("jychair001", "pdB1" + s);
    assertThat(chairIds(ok("jycity01", lines + "?sort=score&status=ASSESSED")))
        .containsExactly("pdB1" + s, "jychair001");

    HttpApi.Response badStatus = http.call("GET", "jycity01", lines + "?status=FOO", null);
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.json().path("message").asText()).contains("AWAITING_SELF_REPORT", "待考核");
    assertThat(status("jycity01", lines + "?sort=chair_id;DROP")).isEqualTo(400);
    assertThat(status("jycity01", lines + "?sort=score,sideways")).isEqualTo(400);
    assertThat(status("jycity01", lines + "?eligible=yes")).isEqualTo(400);
    assertThat(status("jycity01", lines + "?town=jytown99")).isEqualTo(400);
    assertThat(status("jycity01", lines + "?size=0")).isEqualTo(400);
    assertThat(status("jycity01", lines + "?size=201")).isEqualTo(400);
    assertThat(status("jycity01", "/api/chair-stipend/quarters/1799Q5")).isEqualTo(400);

    try (Workbook book = xlsx("jycity01", lines + ".xlsx?town=jytown02")) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("季度");
      assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("季度津贴（元）");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("pdB1" + s);
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("南闸街道工会");
      assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("基本合格");
      assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(300.0);
    }
    try (Workbook book = xlsx("jycity01", lines + ".xlsx?status=ASSESSED")) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
    }
    try (Workbook book = xlsx("jycity01", lines + ".xlsx")) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
    }
  }

  private Workbook xlsx(String user, String path) throws Exception {
    MockHttpServletResponse response = http.perform(user, MockMvcRequestBuilders.get(path));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
    return WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()));
  }

  @Test
  void aTownUnionReadsOnlyItsChairsAndAChairOnlyItsOwnLines() throws Exception {
    String q = smallQuarter();
    String s = q.substring(0, 4);
    String lines = "/api/chair-stipend/quarters/" + q;

    JsonNode summary = quarterOf(ok("jytown01", "/api/chair-stipend/quarters"), q);
    assertThat(summary.path("chairs").asLong()).isEqualTo(3);
    assertThat(summary.path("eligible").asLong()).isEqualTo(2);
    assertThat(summary.path("ineligible").asLong()).isEqualTo(1);
    assertThat(summary.path("totalAmount").decimalValue()).isEqualByComparingTo("900");
    JsonNode own = ok("jytown01", lines);
    assertThat(chairIds(own)).containsExactly("jychair001", "pdA1" + s, "pdA2" + s);
    assertThat(own.findValuesAsText("townUnitCode")).containsOnly("jytown01");
    assertThat(status("jytown01", lines + "?town=jytown02")).isEqualTo(403);
    JsonNode towns = ok("jytown01", lines + "/towns");
    assertThat(towns.path("towns")).hasSize(1);
    assertThat(towns.path("total").path("chairs").asLong()).isEqualTo(3);
    try (Workbook book = xlsx("jytown01", lines + ".xlsx")) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
    }
    JsonNode history = ok("jytown01", "/api/chair-stipend/chairs/pdA1" + s + "/quarters");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("quarter").asText()).isEqualTo(q);
    assertThat(status("jytown01", "/api/chair-stipend/chairs/pdB1" + s + "/quarters"))
        .isEqualTo(403);
    assertThat(status("jytown01", "/api/chair-stipend/chairs/nosuchchair/quarters")).isEqualTo(404);

    JsonNode chairSummary = quarterOf(ok("jychair001", "/api/chair-stipend/quarters"), q);
    assertThat(chairSummary.path("chairs").asLong()).isEqualTo(1);
    assertThat(chairSummary.path("totalAmount").decimalValue()).isEqualByComparingTo("900");
    assertThat(chairIds(ok("jychair001", lines))).containsExactly("jychair001");
    assertThat(chairIds(ok("jychair001", lines + "?q=pdA"))).isEmpty();
    JsonNode mine = ok("jychair001", "/api/chair-stipend/my-quarters");
    assertThat(chairIds(mine)).containsOnly("jychair001");
    assertThat(quarterOf(mine, q).path("quarterAmount").decimalValue()).isEqualByComparingTo("900");
    assertThat(chairIds(ok("jychair001", "/api/chair-stipend/chairs/jychair001/quarters")))
        .containsOnly("jychair001");
    assertThat(status("jychair001", "/api/chair-stipend/chairs/pdA1" + s + "/quarters"))
        .isEqualTo(403);
    assertThat(status("jychair001", lines + "/towns")).isEqualTo(403);
    assertThat(status("jytown01", "/api/chair-stipend/my-quarters")).isEqualTo(403);
  }

  @Test
  void otherRolesAreRefused() {
    String q = smallQuarter();
    for (String path :
        List.of(
            "/api/chair-stipend/quarters",
            "/api/chair-stipend/quarters/" + q,
            "/api/chair-stipend/quarters/" + q + ".xlsx",
            "/api/chair-stipend/quarters/" + q + "/towns",
            "/api/chair-stipend/chairs/jychair001/quarters",
            "/api/chair-stipend/my-quarters")) {
      HttpApi.Response response = http.call("GET", "orgdept01", path, null);
      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.json().path("message").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void anOpenLineLinksTheTaskTheCallerMayOpen() {
    String q = freeQuarter(1700);
    String chair = "pdtask" + q.substring(0, 4);
    identity.ensureUser(chair, "测试", "主席", DemoPassword.VALUE);
    identity.ensureMembership(chair, JiangyinUnions.CHAIR_GROUP);
    fx.eligible(chair, "jytown03", 90, q);
    ProcessInstance pi = fx.start(q);
    fx.runJobs(pi.getId());
    String lines = "/api/chair-stipend/quarters/" + q + "?q=" + chair;

    String selfReport = fx.chairTask(pi.getId(), "Task_SelfReport", chair).getId();
    JsonNode asChair = ok(chair, lines).get(0);
    assertThat(asChair.path("status").asText()).isEqualTo("AWAITING_SELF_REPORT");
    assertThat(asChair.path("taskId").asText()).isEqualTo(selfReport);
    assertThat(ok("jytown03", lines).get(0).path("taskId").isNull()).isTrue();

    fx.selfReport(pi.getId(), chair);
    String assess = fx.chairTask(pi.getId(), "Task_Assess", chair).getId();
    assertThat(ok("jytown03", lines).get(0).path("taskId").asText()).isEqualTo(assess);
    assertThat(ok(chair, lines).get(0).path("taskId").isNull()).isTrue();
    assertThat(ok(chair, "/api/chair-stipend/my-quarters").get(0).path("taskId").isNull()).isTrue();
    fx.instances(pi.getId()).stream()
        .skip(1)
        .forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test finished"));
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test finished");
  }
}
