package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.testkit.Sheets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Honghe's registers of reporting units and raters over real HTTP ({@code /api/registers/units},
 * {@code /api/registers/raters}, DOMAIN §2, §7): only the organizer ({@code hhoffice}) — a unit, a
 * rater, the deputy secretary and other processes' users are refused in Chinese; the rules (a code
 * of its shape, the 13 counties as reference data, unknown county of a rater, duplicates, lengths,
 * unknown fields); all rows of an import or none; the export; and provisioning — the unit's group
 * and its contact's login, the rater's login in {@code hhrater} and the panel's group, which the
 * organizer's pickers list at once.
 *
 * <p>Every meeting without a unit list takes every registered unit and every member of {@code
 * hhrater}: the units ({@code hhunit9…}) and raters ({@code rgr…}) made here are removed after each
 * test, logins and groups included, so that other tests keep their 24 units and 10 raters.
 */
@WorkflowSpringTest
class HongheRegistersApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  private HttpApi api;
  private String unit;
  private String rater;

  @BeforeEach
  void setUp() {
    api = new HttpApi(port, "");
    int n = ThreadLocalRandom.current().nextInt(900, 1000);
    unit = "hhunit" + n;
    rater = "rgr" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  @AfterEach
  void removeTestUnitsAndRaters() {
    for (String code :
        jdbc.queryForList(
            "SELECT unit_code FROM rm_unit WHERE unit_code LIKE 'hhunit9__'", String.class)) {
      identityService.deleteGroup(code);
    }
    jdbc.update("DELETE FROM rm_unit WHERE unit_code LIKE 'hhunit9__'");
    jdbc.update("DELETE FROM rm_rater WHERE rater_id LIKE 'rgr%'");
    identityService.createUserQuery().list().stream()
        .map(u -> u.getId())
        .filter(id -> id.startsWith("rgr") || id.startsWith("rgu"))
        .forEach(identityService::deleteUser);
  }

  private String unitBody(String code, String name, String kind, String contact) {
    return """
        {"unitCode":"%s","unitName":"%s","unitKind":"%s"%s}"""
        .formatted(
            code,
            name,
            kind,
            contact == null
                ? ""
                : ",\"contactId\":\""
                    + contact
                    + "\",\"contactName\":\"周联络\",\"contactPhone\":\"13800138000\"");
  }

  private String raterBody(String id, String panel, String county) {
    return """
        {"raterId":"%s","name":"吴评议","panel":"%s","workplace":"红河州测试企业"%s}"""
        .formatted(id, panel, county == null ? "" : ",\"countyCode\":\"" + county + "\"");
  }

  @Test
  void onlyTheOrganizerSeesAndKeepsTheRegisters() {
    for (String outsider :
        List.of("hhunit01", "hhrater01", "hhdeputy01", "jycity01", "orgdept01")) {
      for (String path : List.of("/api/registers/units", "/api/registers/raters")) {
        Refusals.assertRefused(api.call("GET", outsider, path, null), 403, "只有州产改办");
      }
      Refusals.assertRefused(
          api.call(
              "POST", outsider, "/api/registers/units", unitBody(unit, "州测试局", "MEMBER", null)),
          403,
          "只有州产改办");
      Refusals.assertRefused(
          api.call("POST", outsider, "/api/registers/raters", raterBody(rater, "WORKER", null)),
          403,
          "只有州产改办");
      assertThat(
              api.perform(
                      outsider,
                      Sheets.upload(
                          "/api/registers/raters/import",
                          "r.xlsx",
                          Sheets.xlsx(List.of(List.of("x")))))
                  .getStatus())
          .isEqualTo(403);
    }
    assertThat(api.call("GET", null, "/api/registers/units", null).status()).isEqualTo(401);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_unit WHERE unit_code = ?", Integer.class, unit))
        .isZero();

    HttpApi.Response counties = api.call("GET", "hhoffice01", "/api/registers/units?q=个旧", null);
    assertThat(counties.status()).isEqualTo(200);
    assertThat(counties.json()).hasSize(1);
    assertThat(counties.json().get(0).path("unitCode").asText()).isEqualTo("hhunit01");
    HttpApi.Response page =
        api.call("GET", "hhoffice01", "/api/registers/units?size=5&page=1", null);
    assertThat(page.json()).hasSize(5);
    assertThat(page.json().get(0).path("unitCode").asText()).isEqualTo("hhunit06");
  }

  @Test
  void aRegisteredUnitGetsItsGroupAndItsContactALogin() {
    String contact = "rgu" + unit;
    HttpApi.Response created =
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            unitBody(unit, "州测试局", "州产改成员单位", contact));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("unit").path("unitKind").asText()).isEqualTo("MEMBER");
    assertThat(created.json().path("login").path("initialPassword").asText())
        .isEqualTo(HttpApi.DEMO_PASSWORD);
    assertThat(identityService.createGroupQuery().groupId(unit).singleResult().getName())
        .isEqualTo("州测试局");
    assertThat(identityService.createUserQuery().userId(contact).memberOfGroup(unit).count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().userId(contact).memberOfGroup("hhunit").count())
        .isEqualTo(1);
    assertThat(api.call("GET", contact, "/api/review-meetings", null).status())
        .as("the contact signs in as a reporting unit")
        .isEqualTo(200);

    Refusals.assertRefused(
        api.call(
            "POST", "hhoffice01", "/api/registers/units", unitBody(unit, "州测试局", "MEMBER", null)),
        409,
        "已登记");
    HttpApi.Response renamed =
        api.call(
            "PUT",
            "hhoffice01",
            "/api/registers/units/" + unit,
            unitBody(unit, "州测试二局", "MEMBER", null));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(identityService.createGroupQuery().groupId(unit).singleResult().getName())
        .isEqualTo("州测试二局");
    assertThat(identityService.createUserQuery().userId(contact).memberOfGroup(unit).count())
        .as("the former contact leaves the unit")
        .isZero();
  }

  @Test
  void theRulesOfTheUnitRegisterAnswerInChinese() {
    Refusals.assertRefused(
        api.call(
            "POST", "hhoffice01", "/api/registers/units", unitBody(unit, "哀牢山县", "COUNTY", null)),
        400,
        "未知的县（市）“哀牢山县”");
    Refusals.assertRefused(
        api.call(
            "PUT",
            "hhoffice01",
            "/api/registers/units/hhunit01",
            unitBody("hhunit01", "个旧县", "COUNTY", null)),
        400,
        "县（市）名称不能修改");
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            unitBody("unit25", "州测试局", "MEMBER", null)),
        400,
        "述职单位代码应为 hhunit 加 2–4 位数字");
    Refusals.assertRefused(
        api.call(
            "POST", "hhoffice01", "/api/registers/units", unitBody(unit, "州总工会", "MEMBER", null)),
        400,
        "已登记为 hhunit24");
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            unitBody(unit, "局".repeat(101), "MEMBER", null)),
        400,
        "述职单位名称应为1–100个字符");
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            unitBody(unit, "州测试局", "MEMBER", "jycity01")),
        400,
        "已被其他角色的用户使用");
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            "{\"unitCode\":\""
                + unit
                + "\",\"unitName\":\"州测试局\",\"unitKind\":\"MEMBER\",\"budget\":\"1\"}"),
        400,
        "未知字段 budget");
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/api/registers/units",
            "{\"unitCode\":\"" + unit + "\",\"unitName\":5,\"unitKind\":\"MEMBER\"}"),
        400,
        "unitName 的值不正确（应为文本）");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_unit WHERE unit_code = ?", Integer.class, unit))
        .isZero();
  }

  @Test
  void aRegisteredRaterIsInThePanelTheMeetingUses() {
    Refusals.assertRefused(
        api.call("POST", "hhoffice01", "/api/registers/raters", raterBody(rater, "WORKER", "昆明市")),
        400,
        "所在县（市）：未知的县（市）“昆明市”");
    Refusals.assertRefused(
        api.call(
            "POST", "hhoffice01", "/api/registers/raters", raterBody(rater, "WORKER", "hhunit24")),
        400,
        "未知的县（市）“hhunit24”");
    Refusals.assertRefused(
        api.call("POST", "hhoffice01", "/api/registers/raters", raterBody(rater, "CITIZEN", null)),
        400,
        "代表类别应为“产业工人代表”或“企业管理者代表”");
    HttpApi.Response created =
        api.call("POST", "hhoffice01", "/api/registers/raters", raterBody(rater, "产业工人代表", "蒙自市"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("rater").path("countyCode").asText()).isEqualTo("hhunit03");
    assertThat(created.json().path("login").path("userId").asText()).isEqualTo(rater);
    JsonNode people = api.call("GET", "hhoffice01", "/api/review-meetings/people", null).json();
    assertThat(people.path("workers").findValuesAsText("id")).contains(rater);
    assertThat(people.path("managers").findValuesAsText("id")).doesNotContain(rater);

    HttpApi.Response moved =
        api.call(
            "PUT",
            "hhoffice01",
            "/api/registers/raters/" + rater,
            raterBody(rater, "MANAGER", null));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    people = api.call("GET", "hhoffice01", "/api/review-meetings/people", null).json();
    assertThat(people.path("managers").findValuesAsText("id")).contains(rater);
    assertThat(people.path("workers").findValuesAsText("id")).doesNotContain(rater);
    assertThat(identityService.createUserQuery().userId(rater).memberOfGroup("hhrater").count())
        .isEqualTo(1);
    HttpApi.Response listed =
        api.call("GET", "hhoffice01", "/api/registers/raters?panel=MANAGER&q=" + rater, null);
    assertThat(listed.json()).hasSize(1);
    Refusals.assertRefused(
        api.call("GET", "hhoffice01", "/api/registers/raters?panel=X", null), 400, "panel 参数无效");
  }

  @Test
  void aRaterImportStoresAllRowsOrNoneAndTheExportImportsAgain() throws Exception {
    List<String> header = List.of("评议代表账号", "姓名", "代表类别", "工作单位", "所在县（市）", "手机号码");
    byte[] bad =
        Sheets.xlsx(
            List.of(
                header,
                List.of(rater + "a", "郑一", "产业工人代表", "个旧测试厂", "个旧市", "13900139000"),
                List.of(rater + "b", "郑二", "企业管理者代表", "", "开远市", "12345"),
                List.of(rater + "a", "郑三", "产业工人代表", "个旧测试厂", "", "")));
    MockHttpServletResponse refused =
        api.perform("hhoffice01", Sheets.upload("/api/registers/raters/import", "代表.xlsx", bad));
    assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
    JsonNode rows = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).path("row").asInt()).isEqualTo(3);
    assertThat(rows.get(0).path("reason").asText()).isEqualTo("工作单位为必填项；手机号码应为11位手机号码");
    assertThat(rows.get(1).path("row").asInt()).isEqualTo(4);
    assertThat(rows.get(1).path("reason").asText()).isEqualTo("评议代表账号：与第 2 行重复");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_rater WHERE rater_id LIKE ?", Integer.class, rater + "%"))
        .isZero();
    assertThat(identityService.createUserQuery().userId(rater + "a").count()).isZero();

    byte[] good =
        Sheets.xlsx(
            List.of(
                header,
                List.of(rater + "a", "郑一", "产业工人代表", "个旧测试厂", "个旧市", "13900139000"),
                List.of(rater + "b", "郑二", "企业管理者代表", "开远测试公司", "", "")));
    MockHttpServletResponse imported =
        api.perform("hhoffice01", Sheets.upload("/api/registers/raters/import", "代表.xlsx", good));
    assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
    JsonNode summary = JSON.readTree(imported.getContentAsString(StandardCharsets.UTF_8));
    assertThat(summary.path("created").asInt()).isEqualTo(2);
    assertThat(summary.path("logins").findValuesAsText("userId"))
        .containsExactly(rater + "a", rater + "b");
    assertThat(
            identityService
                .createUserQuery()
                .userId(rater + "b")
                .memberOfGroup("hhratermanager")
                .count())
        .isEqualTo(1);

    MockHttpServletResponse export =
        api.perform("hhoffice01", get("/api/registers/raters.xlsx?q=" + rater));
    List<List<String>> sheet = Sheets.rows(export.getContentAsByteArray());
    assertThat(sheet.get(0)).containsExactlyElementsOf(header);
    assertThat(sheet.get(1))
        .containsExactly(rater + "a", "郑一", "产业工人代表", "个旧测试厂", "个旧市", "13900139000");
    MockHttpServletResponse again =
        api.perform(
            "hhoffice01",
            Sheets.upload(
                "/api/registers/raters/import", "登记册.xlsx", export.getContentAsByteArray()));
    assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(200);
    assertThat(
            JSON.readTree(again.getContentAsString(StandardCharsets.UTF_8)).path("updated").asInt())
        .isEqualTo(2);
  }

  @Test
  void aUnitImportStoresAllRowsOrNone() throws Exception {
    List<String> header = List.of("述职单位代码", "述职单位名称", "单位类别", "联络员账号", "联络员姓名");
    byte[] bad =
        Sheets.xlsx(
            List.of(
                header,
                List.of(unit, "州测试局", "州产改成员单位", "rgu" + unit, "周联络"),
                List.of("hhunit13", "屏边苗族自治县", "县（市）", "rgu" + unit + "b", ""),
                List.of("hhunit999x", "州测试三局", "局", "", "")));
    MockHttpServletResponse refused =
        api.perform("hhoffice01", Sheets.upload("/api/registers/units/import", "单位.xlsx", bad));
    assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
    JsonNode rows = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("rows");
    assertThat(rows.findValuesAsText("reason"))
        .containsExactly(
            "联络员姓名为必填项", "述职单位代码应为 hhunit 加 2–4 位数字，例如 hhunit25；单位类别应为“县（市）”或“州产改成员单位”（“局”）");
    assertThat(rows.findValuesAsText("row")).containsExactly("3", "4");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_unit WHERE unit_code = ?", Integer.class, unit))
        .isZero();

    byte[] good =
        Sheets.xlsx(List.of(header, List.of(unit, "州测试局", "州产改成员单位", "rgu" + unit, "周联络")));
    MockHttpServletResponse imported =
        api.perform("hhoffice01", Sheets.upload("/api/registers/units/import", "单位.xlsx", good));
    assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("rgu" + unit).memberOfGroup(unit).count())
        .isEqualTo(1);
    List<List<String>> sheet =
        Sheets.rows(
            api.perform("hhoffice01", get("/api/registers/units.xlsx?q=" + unit))
                .getContentAsByteArray());
    assertThat(sheet.get(1)).startsWith(unit, "州测试局", "州产改成员单位");
  }
}
