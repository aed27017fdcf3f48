package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.testkit.Sheets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Jiangyin's chair register over real HTTP ({@code /api/registers/chairs}, DOMAIN §7): who may read
 * (the city union all towns, a town union its own, nobody else), who may change and import (the
 * city union only — a town union is refused in Chinese), the rules (check character and uniqueness
 * of the ID number, a registered town union, a chair id twice), all rows of an import or none
 * (logins included), the export, and provisioning: a chair registered by import logs in with the
 * password shown once and finds the self-report task of the quarter opened next.
 *
 * <p>Test data: chair ids {@code rgc…} with a random number, terms inside one quarter of the 1500s
 * that no other test opens (other tests use the 1600s–1990s), so that no other test's quarter pays
 * them and this test's quarter holds no other test's eligible chair.
 */
@WorkflowSpringTest
class ChairRegisterApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/api/registers/chairs";

  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  private HttpApi api;
  private String prefix;

  @BeforeEach
  void setUp() {
    api = new HttpApi(port, "");
    prefix = "rgc" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private static String body(String chairId, String town, String idNumber) {
    return """
        {"chairId":"%s","name":"钱登记","enterpriseName":"江阴登记测试有限公司","townUnitCode":"%s",
         "unionMembers":80,"standaloneUnion":false,"directlyUnderTown":true,"onPublicPayroll":false,
         "inOffice":true,"officeStart":"1501-01-01","officeEnd":"1501-03-31"%s}"""
        .formatted(chairId, town, idNumber == null ? "" : ",\"idNumber\":\"" + idNumber + "\"");
  }

  private static JsonNode json(MockHttpServletResponse response) throws Exception {
    return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheCityUnionRegistersAndAChairOrAnotherOfficeIsRefused() {
    String chair = prefix + "a";
    for (String outsider : List.of("jychair001", "hhoffice01", "hhunit01", "park01")) {
      Refusals.assertRefused(api.call("GET", outsider, BASE, null), 403, "工会主席登记册");
      Refusals.assertRefused(
          api.call("POST", outsider, BASE, body(chair, "jytown08", null)), 403, "江阴市总工会");
    }
    Refusals.assertRefused(
        api.call("POST", "jytown08", BASE, body(chair, "jytown08", null)), 403, "由江阴市总工会办理");
    assertThat(api.call("GET", null, BASE, null).status()).isEqualTo(401);
    assertThat(register.find(chair)).isNull();

    HttpApi.Response created = api.call("POST", "jycity01", BASE, body(chair, "jytown08", null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("chair").path("townName").asText()).isEqualTo("青阳镇工会");
    assertThat(created.json().path("login").path("userId").asText()).isEqualTo(chair);
    assertThat(created.json().path("login").path("initialPassword").asText())
        .as("the demo profile's password")
        .isEqualTo(HttpApi.DEMO_PASSWORD);
    assertThat(identityService.createUserQuery().userId(chair).memberOfGroup("jychair").count())
        .isEqualTo(1);
    Refusals.assertRefused(
        api.call("POST", "jycity01", BASE, body(chair, "jytown08", null)), 409, "已登记");
    Refusals.assertRefused(
        api.call("PUT", "jytown08", BASE + "/" + chair, body(chair, "jytown08", null)),
        403,
        "由江阴市总工会办理");
    HttpApi.Response moved =
        api.call("PUT", "jycity01", BASE + "/" + chair, body(chair, "jytown09", null));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("login").path("initialPassword").isNull())
        .as("an existing login keeps its password, none is shown")
        .isTrue();
    assertThat(register.find(chair).townUnitCode()).isEqualTo("jytown09");
    Refusals.assertRefused(
        api.call(
            "PUT", "jycity01", BASE + "/" + prefix + "zz", body(prefix + "zz", "jytown08", null)),
        404,
        "未找到");
  }

  @Test
  void aTownUnionReadsItsOwnChairsMaskedAndNoOtherTown() {
    String own = prefix + "t";
    String other = prefix + "u";
    String idNumber = IdNumbers.unique();
    assertThat(api.call("POST", "jycity01", BASE, body(own, "jytown08", idNumber)).status())
        .isEqualTo(201);
    assertThat(api.call("POST", "jycity01", BASE, body(other, "jytown09", null)).status())
        .isEqualTo(201);

    HttpApi.Response town = api.call("GET", "jytown08", BASE + "?q=" + prefix, null);
    assertThat(town.status()).as(town.body()).isEqualTo(200);
    assertThat(town.json()).hasSize(1);
    assertThat(town.json().get(0).path("chairId").asText()).isEqualTo(own);
    assertThat(town.json().get(0).path("idNumber").asText())
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    Refusals.assertRefused(api.call("GET", "jytown08", BASE + "/" + other, null), 404, other);
    assertThat(api.call("GET", "jytown08", BASE + "?town=jytown09&q=" + prefix, null).json())
        .as("a town's filter cannot leave its own town")
        .hasSize(1);

    HttpApi.Response city = api.call("GET", "jycity01", BASE + "?q=" + prefix, null);
    assertThat(city.json()).hasSize(2);
    assertThat(city.json().get(0).path("idNumber").asText()).isEqualTo(idNumber);
    HttpApi.Response byIdNumber = api.call("GET", "jycity01", BASE + "?q=" + idNumber, null);
    assertThat(byIdNumber.json()).hasSize(1);
    assertThat(byIdNumber.json().get(0).path("chairId").asText()).isEqualTo(own);
    HttpApi.Response paged =
        api.call("GET", "jycity01", BASE + "?q=" + prefix + "&size=1&page=1", null);
    assertThat(paged.json()).hasSize(1);
    assertThat(paged.json().get(0).path("chairId").asText()).isEqualTo(other);
    Refusals.assertRefused(api.call("GET", "jycity01", BASE + "?size=500", null), 400, "分页参数无效");
    Refusals.assertRefused(
        api.call("GET", "jycity01", BASE + "?town=jytown99", null), 400, "town 参数无效");
  }

  @Test
  void theRulesAnswerInChinese() {
    String chair = prefix + "r";
    String id = IdNumbers.unique();
    String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    Refusals.assertRefused(
        api.call("POST", "jycity01", BASE, body(chair, "jytown08", wrongCheck)),
        400,
        "身份证号码：身份证号码校验位不正确");
    Refusals.assertRefused(
        api.call("POST", "jycity01", BASE, body(chair, "jytown99", null)),
        400,
        "所属镇（街道）、园区工会：应为 jytown01…jytown19");
    Refusals.assertRefused(
        api.call("POST", "jycity01", BASE, body("jycity01", "jytown08", null)), 400, "已被其他角色的用户使用");
    Refusals.assertRefused(
        api.call(
            "POST", "jycity01", BASE, body(chair, "jytown08", null).replace("钱登记", "钱".repeat(65))),
        400,
        "姓名：不超过 64 字");
    assertThat(api.call("POST", "jycity01", BASE, body(chair, "jytown08", id)).status())
        .isEqualTo(201);
    Refusals.assertRefused(
        api.call("POST", "jycity01", BASE, body(prefix + "s", "jytown08", id)),
        400,
        "已登记为工会主席 " + chair + " 的身份证号码");
    assertThat(register.find(prefix + "s")).isNull();
    assertThat(
            identityService.createUserQuery().userId("jycity01").memberOfGroup("jychair").count())
        .isZero();
  }

  private List<String> row(String chairId, String town, String quarter, String idNumber) {
    Quarter q = Quarter.parse(quarter);
    return List.of(
        chairId,
        "孙导入",
        "江阴导入测试有限公司",
        town,
        "150",
        "否",
        "是",
        "否",
        "是",
        q.firstDay().toString(),
        q.lastDay().toString(),
        idNumber);
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(ChairSheet.COLUMNS.stream().map(c -> c.label()).toList());
    header.remove(header.size() - 1); // no phone column: an optional column may be left out
    return header;
  }

  @Test
  void anImportStoresAllRowsOrNoneAndItsChairSelfReportsInTheNextQuarter() throws Exception {
    String quarter = freeQuarter();
    String first = prefix + "i";
    String second = prefix + "j";
    String id = IdNumbers.unique();
    String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    byte[] bad =
        Sheets.xlsx(
            List.of(
                header(),
                row(first, "青阳镇工会", quarter, id),
                row(second, "jytown08", quarter, wrongCheck),
                row(first, "无名镇工会", quarter, "")));
    MockHttpServletResponse refused =
        api.perform("jycity01", Sheets.upload(BASE + "/import", "主席.xlsx", bad));
    assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
    JsonNode rejected = json(refused);
    assertThat(rejected.path("error").asText()).isEqualTo("IMPORT_REJECTED");
    assertThat(rejected.path("message").asText()).isEqualTo("有 2 行数据有误，未导入任何数据，请修改后重新导入。");
    assertThat(rejected.path("rows")).hasSize(2);
    assertThat(rejected.path("rows").get(0).path("row").asInt()).isEqualTo(3);
    assertThat(rejected.path("rows").get(0).path("reason").asText()).isEqualTo("身份证号码：身份证号码校验位不正确");
    assertThat(rejected.path("rows").get(1).path("row").asInt()).isEqualTo(4);
    assertThat(rejected.path("rows").get(1).path("reason").asText())
        .isEqualTo("所属镇（街道）、园区工会：未知的镇（街道）、园区工会“无名镇工会”");
    assertThat(register.find(first)).as("none of the rows").isNull();
    assertThat(identityService.createUserQuery().userId(first).count())
        .as("nor its login")
        .isZero();

    MockHttpServletResponse byTown =
        api.perform("jytown08", Sheets.upload(BASE + "/import", "主席.xlsx", bad));
    assertThat(byTown.getStatus()).isEqualTo(403);
    assertThat(json(byTown).path("message").asText()).contains("由江阴市总工会办理");
    assertThat(
            api.perform("jychair001", Sheets.upload(BASE + "/import", "主席.xlsx", bad)).getStatus())
        .isEqualTo(403);

    byte[] good =
        Sheets.xlsx(
            List.of(
                header(), row(first, "青阳镇工会", quarter, id), row(second, "jytown08", quarter, "")));
    MockHttpServletResponse imported =
        api.perform("jycity01", Sheets.upload(BASE + "/import", "主席.xlsx", good));
    assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
    JsonNode summary = json(imported);
    assertThat(summary.path("imported").asInt()).isEqualTo(2);
    assertThat(summary.path("created").asInt()).isEqualTo(2);
    assertThat(summary.path("logins")).hasSize(2);
    String password = summary.path("logins").get(0).path("initialPassword").asText();
    assertThat(summary.path("logins").get(0).path("userId").asText()).isEqualTo(first);
    assertThat(register.find(first).idNumber()).isEqualTo(id);
    assertThat(register.find(first).townUnitCode()).isEqualTo("jytown08");

    StipendFixture fx = new StipendFixture(engine, register, quarters);
    ProcessInstance opened = fx.start(quarter);
    fx.runJobs(opened.getId());
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((first + ":" + password).getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse tasks =
        api.perform(
            get("/engine-rest/task?assignee=" + first)
                .header("Authorization", basic)
                .header("Accept", "application/json"));
    assertThat(tasks.getStatus()).as(tasks.getContentAsString()).isEqualTo(200);
    JsonNode own = json(tasks);
    assertThat(own).as("the chair's own self-report of " + quarter).hasSize(1);
    assertThat(own.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_SelfReport");
  }

  @Test
  void theExportHoldsTheFilteredChairsWithTheImportHeaders() throws Exception {
    String chair = prefix + "x";
    String id = IdNumbers.unique();
    assertThat(api.call("POST", "jycity01", BASE, body(chair, "jytown08", id)).status())
        .isEqualTo(201);
    MockHttpServletResponse city = api.perform("jycity01", get(BASE + ".xlsx?q=" + chair));
    assertThat(city.getStatus()).isEqualTo(200);
    List<List<String>> rows = Sheets.rows(city.getContentAsByteArray());
    assertThat(rows.get(0))
        .containsExactlyElementsOf(ChairSheet.COLUMNS.stream().map(c -> c.label()).toList());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).startsWith(chair, "钱登记", "江阴登记测试有限公司", "青阳镇工会", "80", "否", "是");
    assertThat(rows.get(1)).contains(id);
    MockHttpServletResponse town = api.perform("jytown08", get(BASE + ".xlsx?q=" + chair));
    assertThat(Sheets.rows(town.getContentAsByteArray()).get(1))
        .contains(id.substring(0, 6) + "********" + id.substring(14));
    assertThat(api.perform("jychair001", get(BASE + ".xlsx")).getStatus()).isEqualTo(403);

    // the exported sheet imports again, unchanged
    MockHttpServletResponse again =
        api.perform(
            "jycity01", Sheets.upload(BASE + "/import", "登记册.xlsx", city.getContentAsByteArray()));
    assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(200);
    assertThat(json(again).path("updated").asInt()).isEqualTo(1);
    assertThat(register.find(chair).idNumber()).isEqualTo(id);
  }

  @Test
  void theStipendEndpointRegistersThroughTheSameRegister() {
    String chair = prefix + "o";
    HttpApi.Response stored =
        api.call("POST", "jycity01", "/api/chair-stipend/chairs", body(chair, "jytown08", null));
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId(chair).memberOfGroup("jychair").count())
        .as("the chair's login provisioned")
        .isEqualTo(1);
  }

  /** A quarter of the 1500s that no test opened yet. */
  private String freeQuarter() {
    for (int year = 1510; year < 1600; year++) {
      for (int q = 1; q <= 4; q++) {
        if (quarters.findQuarter(year + "Q" + q) == null) {
          return year + "Q" + q;
        }
      }
    }
    throw new AssertionError("no free quarter in the 1500s");
  }
}
