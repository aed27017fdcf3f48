package cn.partyunion.workflow.enterprisedesignation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.AuditRows;
import cn.partyunion.workflow.shared.testkit.RegisterSheets;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The Chongchuan registers over real HTTP (DOMAIN §7, §8): the organization department registers,
 * reads, searches, updates, imports and exports; everybody else is refused in Chinese; every check
 * (credit code, lengths, references, duplicates) refuses with a Chinese reason and stores nothing;
 * an import stores all rows or none and lists each bad row; registering provisions the logins.
 */
@WorkflowSpringTest
class RegisterApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  HttpApi api;
  String s;

  @BeforeEach
  void setUp() {
    api = new HttpApi(port, "");
    s = Integer.toString(100000 + ThreadLocalRandom.current().nextInt(900000));
  }

  private HttpApi.Response post(String user, String register, String json) {
    return api.call("POST", user, "/api/registers/" + register, json);
  }

  /** A park, a chain, a liaison and an officer of this test, registered through the API. */
  private void committeesAndPeople() {
    assertThat(post("orgdept01", "parks", park("rp" + s)).status()).isEqualTo(200);
    assertThat(
            post(
                    "orgdept01",
                    "chains",
                    "{\"code\":\"rc%s\",\"name\":\"测试产业链党委%s\"}".formatted(s, s))
                .status())
        .isEqualTo(200);
    assertThat(post("orgdept01", "liaisons", liaison("rl" + s)).status()).isEqualTo(200);
    assertThat(post("orgdept01", "liaisons", liaison("rm" + s)).status()).isEqualTo(200);
    assertThat(
            post(
                    "orgdept01",
                    "officers",
                    "{\"code\":\"ro%s\",\"name\":\"周志明\",\"unit\":\"区工业和信息化局\",\"phone\":\"13912345678\"}"
                        .formatted(s))
                .status())
        .isEqualTo(200);
  }

  private String park(String code) {
    return "{\"code\":\"%s\",\"name\":\"测试园区%s\"}".formatted(code, s);
  }

  private static String liaison(String id) {
    return "{\"userId\":\"%s\",\"name\":\"王建国\",\"unit\":\"和平桥街道党工委\"}".formatted(id);
  }

  private String enterprise(String code, String creditCode, String contact) {
    return RestForms.json(
        Map.ofEntries(
            Map.entry("code", code),
            Map.entry("name", "南通测试科技有限公司" + code),
            Map.entry("creditCode", creditCode),
            Map.entry("industry", "新材料"),
            Map.entry("parkCode", "rp" + s),
            Map.entry("chainCode", "rc" + s),
            Map.entry("aboveScale", true),
            Map.entry("highTech", false),
            Map.entry("specializedNew", true),
            Map.entry("liaisonId", "rl" + s),
            Map.entry("officerCode", "ro" + s),
            Map.entry("contactId", contact),
            Map.entry("contactName", "李晓华")));
  }

  private List<String> enterpriseRow(String code, String creditCode, String park, String chain) {
    return List.of(
        code,
        "南通导入企业" + code,
        creditCode,
        "新能源",
        park,
        chain,
        "是",
        "否",
        "",
        "rl" + s,
        "ro" + s,
        "c" + code,
        "赵敏");
  }

  @Test
  void theOrganizationDepartmentRegistersSearchesAndUpdatesEveryRegister() {
    committeesAndPeople();
    String code = "re" + s;
    String credit = RegisterSheets.creditCode();
    HttpApi.Response created =
        post("orgdept01", "enterprises", enterprise(code, credit, "rc" + code));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JsonNode entry = created.json().path("entry");
    assertThat(entry.path("parkName").asText()).isEqualTo("测试园区" + s);
    assertThat(entry.path("liaisonName").asText()).isEqualTo("王建国");
    assertThat(entry.path("aboveScale").asBoolean()).isTrue();
    assertThat(created.json().path("logins").get(0).path("userId").asText()).isEqualTo("rc" + code);
    assertThat(created.json().path("logins").get(0).path("initialPassword").asText())
        .as("the demo profile's password (outside demo: a one-time password)")
        .isEqualTo(HttpApi.DEMO_PASSWORD);

    // the channel is provisioned: group, tenant with park, orgdept and liaison, contact's login
    assertThat(identityService.createGroupQuery().groupId(code).count()).isOne();
    assertThat(identityService.createTenantQuery().tenantId(code).groupMember("rp" + s).count())
        .isOne();
    assertThat(identityService.createTenantQuery().tenantId(code).userMember("rl" + s).count())
        .isOne();
    assertThat(identityService.createUserQuery().userId("rc" + code).memberOfGroup(code).count())
        .isOne();
    assertThat(identityService.createUserQuery().userId("rp" + s).memberOfGroup("park").count())
        .as("the park committee's login")
        .isOne();

    HttpApi.Response one = api.call("GET", "orgdept01", "/api/registers/enterprises/" + code, null);
    assertThat(one.json().path("creditCode").asText()).isEqualTo(credit);
    MockHttpServletResponse page =
        api.perform(
            "orgdept01",
            MockMvcRequestBuilders.get(
                "/api/registers/enterprises?size=10&q=" + credit.toLowerCase()));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getHeader("X-Total-Count")).isEqualTo("1");
    HttpApi.Response parks =
        api.call(
            "GET",
            "orgdept01",
            "/api/registers/parks?q=%E6%B5%8B%E8%AF%95%E5%9B%AD%E5%8C%BA" + s,
            null);
    assertThat(parks.json().get(0).path("code").asText()).isEqualTo("rp" + s);
    assertThat(
            api.call("GET", "orgdept01", "/api/registers/officers/ro" + s, null)
                .json()
                .path("phone")
                .asText())
        .isEqualTo("13912345678");

    AuditRows audit = AuditRows.since(jdbc);
    String renamed = enterprise(code, credit, "rc" + code).replace("南通测试科技有限公司", "南通更名科技有限公司");
    HttpApi.Response updated =
        api.call("PUT", "orgdept01", "/api/registers/enterprises/" + code, renamed);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().path("entry").path("name").asText()).startsWith("南通更名科技有限公司");
    assertThat(updated.json().path("logins")).as("the contact's login existed").isEmpty();
    assertThat(identityService.createGroupQuery().groupId(code).singleResult().getName())
        .startsWith("南通更名科技有限公司");
    assertThat(audit.only("REGISTER_CHANGE"))
        .containsEntry("user_id", "orgdept01")
        .containsEntry("action", "PUT /api/registers/enterprises/" + code)
        .containsEntry("outcome", "SUCCESS");

    assertThat(
            api.call("PUT", "orgdept01", "/api/registers/enterprises/nosuch" + s, renamed).status())
        .isEqualTo(400); // the body's code is not the path's
    assertThat(api.call("GET", "orgdept01", "/api/registers/enterprises/nosuch" + s, null).status())
        .isEqualTo(404);
  }

  @Test
  void everyOtherRoleIsRefusedInChinese() {
    for (String user : List.of("ent01", "park01", "liaison01", "hhoffice01", "jycity01")) {
      for (String register : List.of("enterprises", "parks", "chains", "liaisons", "officers")) {
        HttpApi.Response list = api.call("GET", user, "/api/registers/" + register, null);
        assertThat(list.status()).as(user + " " + register).isEqualTo(403);
        assertThat(list.json().path("message").asText()).isEqualTo(RegisterService.ORGDEPT_ONLY);
      }
      assertThat(post(user, "parks", park("rx" + s)).status()).isEqualTo(403);
      assertThat(api.call("GET", user, "/api/registers/enterprises.xlsx", null).status())
          .isEqualTo(403);
      assertThat(
              RegisterSheets.upload(
                      api,
                      user,
                      "/api/registers/parks/import",
                      "parks.xlsx",
                      RegisterSheets.xlsx(
                          List.of("code", "name"), List.of(List.of("rx" + s, "园区"))))
                  .status())
          .isEqualTo(403);
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dr_park WHERE code = ?", Integer.class, "rx" + s))
        .isZero();
  }

  @Test
  void aBadRowIsRefusedWithItsReasonsAndNothingIsStored() {
    committeesAndPeople();
    String code = "rb" + s;
    String credit = RegisterSheets.creditCode();
    assertRefused(
        enterprise(code, RegisterSheets.wrongCheck(credit), "rb" + code),
        "统一社会信用代码校验码错误（第18位应为 " + credit.charAt(17));
    assertRefused(enterprise(code, credit.substring(0, 17), "rb" + code), "统一社会信用代码应为18位（当前17位）");
    assertRefused(
        enterprise(code, credit, "rb" + code).replace("\"rp" + s + "\"", "\"nopark" + s + "\""),
        "开发园区 nopark" + s + " 未登记");
    assertRefused(
        enterprise(code, credit, "rb" + code).replace("\"rc" + s + "\"", "\"nochain" + s + "\""),
        "产业链党委 nochain" + s + " 未登记");
    assertRefused(
        enterprise(code, credit, "rb" + code).replace("南通测试科技有限公司", "很长".repeat(50)),
        "企业名称最多100个字符（当前");
    assertRefused(enterprise("re-" + s, credit, "rb" + code), "企业编号只能由英文字母和数字组成");
    assertRefused(enterprise(code, credit, "orgdept01"), "联系人账号 orgdept01 已是其他角色的账号");
    assertRefused(
        enterprise(code, credit, "rb" + code)
            .replace("\"aboveScale\":true", "\"aboveScale\":\"yes\""),
        "规模以上应为 true 或 false");
    assertRefused(
        enterprise(code, credit, "rb" + code).replace("{", "{\"password\":\"x\","),
        "未知字段 password");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dr_enterprise WHERE code = ?", Integer.class, code))
        .isZero();
    assertThat(identityService.createUserQuery().userId("rb" + code).count()).isZero();

    assertThat(post("orgdept01", "enterprises", enterprise(code, credit, "rb" + code)).status())
        .isEqualTo(200);
    assertRefused(
        enterprise(code, RegisterSheets.creditCode(), "rz" + code), "企业编号 " + code + " 已登记");
    assertRefused(
        enterprise("rd" + s, credit, "rd" + code), "统一社会信用代码 " + credit + " 已由企业 " + code + " 登记");
    assertRefused(
        enterprise("rd" + s, RegisterSheets.creditCode(), "rb" + code),
        "联系人账号 rb" + code + " 已是企业 " + code + " 的联系人");
  }

  private void assertRefused(String json, String reason) {
    HttpApi.Response answer = post("orgdept01", "enterprises", json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText())
        .as(answer.body())
        .startsWith("请更正以下内容：")
        .contains(reason);
  }

  @Test
  void anImportStoresAllRowsOrNoneAndListsEveryBadRow() throws Exception {
    committeesAndPeople();
    String existing = "rv" + s;
    String existingCredit = RegisterSheets.creditCode();
    assertThat(
            post("orgdept01", "enterprises", enterprise(existing, existingCredit, "rc" + existing))
                .status())
        .isEqualTo(200);
    String park = "rp" + s;
    String chain = "rc" + s;
    String good1 = RegisterSheets.creditCode();
    String good2 = RegisterSheets.creditCode();
    List<List<String>> rows = new ArrayList<>();
    rows.add(enterpriseRow("ri1" + s, good1, park, chain)); // row 2: valid
    rows.add(
        enterpriseRow(
            "ri2" + s, RegisterSheets.wrongCheck(RegisterSheets.creditCode()), park, chain)); // 3
    rows.add(enterpriseRow("ri3" + s, good1, park, chain)); // 4: credit code as row 2
    rows.add(enterpriseRow("ri1" + s, good2, park, chain)); // 5: code as row 2
    rows.add(enterpriseRow(existing, RegisterSheets.creditCode(), park, chain)); // 6: registered
    rows.add(enterpriseRow("ri6" + s, existingCredit, park, chain)); // 7: credit code registered
    rows.add(enterpriseRow("ri7" + s, RegisterSheets.creditCode(), "nopark" + s, chain)); // 8
    rows.add(enterpriseRow("ri8" + s, RegisterSheets.creditCode(), park, "nochain" + s)); // 9
    byte[] bad = RegisterSheets.xlsx(RegisterSheets.ENTERPRISE_HEADER, rows);

    HttpApi.Response refused =
        RegisterSheets.upload(
            api, "orgdept01", "/api/registers/enterprises/import", "企业.xlsx", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().path("error").asText()).isEqualTo("IMPORT_REJECTED");
    assertThat(refused.json().path("message").asText()).isEqualTo("有 7 行数据有误，未导入任何数据，请修改后重新导入。");
    JsonNode bad0 = refused.json().path("rows");
    assertThat(bad0).hasSize(7);
    assertThat(bad0.get(0).path("row").asInt()).isEqualTo(3);
    assertThat(bad0.get(0).path("reason").asText()).startsWith("统一社会信用代码校验码错误");
    assertThat(bad0.get(1).path("row").asInt()).isEqualTo(4);
    assertThat(bad0.get(1).path("reason").asText()).isEqualTo("统一社会信用代码 " + good1 + " 与第 2 行重复");
    assertThat(bad0.get(2).path("row").asInt()).isEqualTo(5);
    assertThat(bad0.get(2).path("reason").asText()).contains("企业编号 ri1" + s + " 与第 2 行重复");
    assertThat(bad0.get(3).path("row").asInt()).isEqualTo(6);
    assertThat(bad0.get(3).path("reason").asText()).contains("企业编号 " + existing + " 已登记");
    assertThat(bad0.get(4).path("row").asInt()).isEqualTo(7);
    assertThat(bad0.get(4).path("reason").asText())
        .isEqualTo("统一社会信用代码 " + existingCredit + " 已由企业 " + existing + " 登记");
    assertThat(bad0.get(5).path("row").asInt()).isEqualTo(8);
    assertThat(bad0.get(5).path("reason").asText()).isEqualTo("开发园区 nopark" + s + " 未登记");
    assertThat(bad0.get(6).path("row").asInt()).isEqualTo(9);
    assertThat(bad0.get(6).path("reason").asText()).isEqualTo("产业链党委 nochain" + s + " 未登记");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dr_enterprise WHERE code = ?", Integer.class, "ri1" + s))
        .as("all or none: the valid row 2 is not stored either")
        .isZero();
    assertThat(identityService.createUserQuery().userId("cri1" + s).count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("ri1" + s).count()).isZero();

    byte[] good =
        RegisterSheets.xlsx(
            RegisterSheets.ENTERPRISE_HEADER,
            List.of(
                enterpriseRow("ri1" + s, good1, park, chain),
                enterpriseRow("ri2" + s, good2, park, "")));
    HttpApi.Response imported =
        RegisterSheets.upload(
            api, "orgdept01", "/api/registers/enterprises/import", "企业.xlsx", good);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
    assertThat(imported.json().path("logins")).hasSize(2);
    assertThat(
            identityService.createUserQuery().userId("cri2" + s).memberOfGroup("ri2" + s).count())
        .isOne();
    assertThat(identityService.createTenantQuery().tenantId("ri2" + s).groupMember(park).count())
        .isOne();

    // the export holds the rows with the Chinese headers and imports again (then: already
    // registered)
    MockHttpServletResponse export =
        api.perform(
            "orgdept01", MockMvcRequestBuilders.get("/api/registers/enterprises.xlsx?q=ri1" + s));
    assertThat(export.getStatus()).isEqualTo(200);
    try (Workbook workbook =
        WorkbookFactory.create(new ByteArrayInputStream(export.getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter text = new DataFormatter();
      assertThat(text.formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo("统一社会信用代码");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("ri1" + s);
      assertThat(text.formatCellValue(sheet.getRow(1).getCell(6))).isEqualTo("是");
    }
    HttpApi.Response again =
        RegisterSheets.upload(
            api,
            "orgdept01",
            "/api/registers/enterprises/import",
            "企业.xlsx",
            export.getContentAsByteArray());
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().path("rows").get(0).path("reason").asText())
        .contains("企业编号 ri1" + s + " 已登记");
  }

  @Test
  void eachRegisterImportsItsSheet() {
    String t = s;
    assertThat(
            importSheet("parks", List.of("园区编号", "园区名称"), List.of(List.of("ip" + t, "导入园区" + t)))
                .status())
        .isEqualTo(200);
    assertThat(
            importSheet(
                    "chains", List.of("code", "name"), List.of(List.of("ic" + t, "导入产业链党委" + t)))
                .status())
        .isEqualTo(200);
    assertThat(
            importSheet(
                    "liaisons",
                    List.of("userId", "name", "unit"),
                    List.of(List.of("il" + t, "孙海燕", "学田街道党工委")))
                .status())
        .isEqualTo(200);
    HttpApi.Response officers =
        importSheet(
            "officers",
            List.of("code", "name", "unit", "phone"),
            List.of(
                List.of("io" + t, "钱立新", "区商务局", "1391234567"),
                List.of("io" + t, "钱立新", "区商务局", "")));
    assertThat(officers.status()).isEqualTo(422);
    assertThat(officers.json().path("rows").get(0).path("reason").asText())
        .isEqualTo("手机号码应为11位手机号码");
    assertThat(officers.json().path("rows").get(1).path("reason").asText())
        .isEqualTo("首席服务员编号 io" + t + " 与第 2 行重复");
    HttpApi.Response header =
        importSheet("officers", List.of("code", "name"), List.of(List.of("io" + t, "钱立新")));
    assertThat(header.status()).isEqualTo(400);
    assertThat(header.json().path("message").asText()).startsWith("表头缺少列：工作单位");
    assertThat(identityService.createUserQuery().userId("ip" + t).memberOfGroup("ip" + t).count())
        .isOne();
    assertThat(identityService.createUserQuery().userId("ic" + t).memberOfGroup("chain").count())
        .isOne();
    assertThat(identityService.createUserQuery().userId("il" + t).memberOfGroup("liaison").count())
        .isOne();
  }

  private HttpApi.Response importSheet(
      String register, List<String> header, List<List<String>> rows) {
    return RegisterSheets.upload(
        api,
        "orgdept01",
        "/api/registers/" + register + "/import",
        register + ".xlsx",
        RegisterSheets.xlsx(header, rows));
  }
}
