package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import cn.partyunion.workflow.shared.testkit.AsUser;
import cn.partyunion.workflow.shared.testkit.Refusals;
import cn.partyunion.workflow.shared.web.SheetRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The chair stipend's API and authorization (DOMAIN §4, §5): register and import only by {@code
 * jycity} (all rows or none), a town union cannot assess another town's chair, a chair sees only
 * their own task and amount, approval only by {@code jycity}, the payment list export, and a second
 * start of an open quarter refused. Engine calls run with the user's authentication (MockMvc
 * reaches {@code /api}, not the Jersey servlet of {@code /engine-rest}).
 */
@WorkflowSpringTest
class ChairStipendApiTest {

  private static final String Q = "1994Q1";
  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired ChairRegister register;
  @Autowired QuarterMapper quarters;
  @Autowired IdentitySetup identity;
  private StipendFixture fx;

  @BeforeEach
  void users() {
    fx = new StipendFixture(engine, register, quarters);
    user("apicity", "jycity");
    user("apitowna", "jytown", "jytown08");
    user("apitownb", "jytown", "jytown09");
    user("api2a", "jychair");
    user("api2b", "jychair");
  }

  private void user(String id, String... groups) {
    identity.ensureUser(id, "测试", id, "pw");
    identity.ensureMembership(id, groups);
  }

  private static MockHttpServletRequestBuilder as(
      MockHttpServletRequestBuilder request, String user) {
    return request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
  }

  private static String chairJson(String id, String town, int members) {
    return """
        {"chairId":"%s","name":"测试主席","enterpriseName":"江阴测试有限公司","townUnitCode":"%s",
         "unionMembers":%d,"standaloneUnion":%s,"directlyUnderTown":%s,"onPublicPayroll":false,
         "inOffice":true,"officeStart":"1960-01-01","officeEnd":"1960-03-31"}"""
        .formatted(id, town, members, members >= 200, members < 200);
  }

  @Test
  void onlyTheCityUnionRegistersChairs() throws Exception {
    mvc.perform(
            as(post("/api/chair-stipend/chairs"), "apitowna")
                .contentType(MediaType.APPLICATION_JSON)
                .content(chairJson("api1x", "jytown08", 50)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("只有江阴市总工会可以登记工会主席。"));
    mvc.perform(
            as(post("/api/chair-stipend/chairs"), "apicity")
                .contentType(MediaType.APPLICATION_JSON)
                .content(chairJson("api1x", "jytown99", 0)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.message")
                .value(org.hamcrest.Matchers.containsString("townUnitCode：应为 jytown01…jytown19")));
    mvc.perform(
            as(post("/api/chair-stipend/chairs"), "apicity")
                .contentType(MediaType.APPLICATION_JSON)
                .content(chairJson("api1x", "jytown08", 50)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unionMembers").value(50));
    assertThat(register.find("api1x").directlyUnderTown()).isTrue();
  }

  /** The required columns of the chair sheet by field name (DOMAIN §5's header). */
  private static final List<String> CHAIR_COLUMNS =
      ChairSheet.COLUMNS.stream()
          .filter(SheetRows.Column::required)
          .map(SheetRows.Column::name)
          .toList();

  @Test
  void importStoresAllRowsOrNoneAndListsTheBadRows() throws Exception {
    String header = String.join(",", CHAIR_COLUMNS) + "\n";
    String bad =
        header
            + "api3a,张三,江阴甲公司,jytown08,150,否,是,否,是,1960-01-01,1960-03-31\n"
            + "api3b,李四,江阴乙公司,jytown08,abc,否,是,否,是,1960-01-01,\n"
            + "api3c,王五,江阴丙公司,jytown30,300,是,否,否,是,1994-13-01,\n";
    mvc.perform(
            as(
                multipart("/api/chair-stipend/chairs/import")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "chairs.csv",
                            "text/csv",
                            bad.getBytes(StandardCharsets.UTF_8))),
                "apicity"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("IMPORT_REJECTED"))
        .andExpect(jsonPath("$.rows[0].row").value(3))
        .andExpect(jsonPath("$.rows[0].reason").value("会员人数：应为整数（“abc”）"))
        .andExpect(jsonPath("$.rows[1].row").value(4))
        .andExpect(
            jsonPath("$.rows[1].reason")
                .value(
                    "任职开始日期：应为日期 yyyy-MM-dd（“1994-13-01”）；所属镇（街道）、园区工会：未知的镇（街道）、园区工会“jytown30”"));
    assertThat(register.find("api3a")).isNull();

    mvc.perform(
            as(
                multipart("/api/chair-stipend/chairs/import")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "chairs.csv",
                            "text/csv",
                            bad.getBytes(StandardCharsets.UTF_8))),
                "apitowna"))
        .andExpect(status().isForbidden());

    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("主席");
      List<List<String>> rows =
          List.of(
              CHAIR_COLUMNS,
              List.of(
                  "api3a",
                  "张三",
                  "江阴甲公司",
                  "jytown08",
                  "150",
                  "否",
                  "是",
                  "否",
                  "是",
                  "1960-01-01",
                  "1960-03-31"),
              List.of(
                  "api3d",
                  "赵六",
                  "江阴丁公司",
                  "jytown09",
                  "1200",
                  "true",
                  "false",
                  "false",
                  "false",
                  "1960-02-10",
                  ""));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
      mvc.perform(
              as(
                  multipart("/api/chair-stipend/chairs/import")
                      .file(
                          new MockMultipartFile(
                              "file",
                              "chairs.xlsx",
                              "application/octet-stream",
                              out.toByteArray())),
                  "apicity"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.imported").value(2));
    }
    assertThat(register.find("api3d").unionMembers()).isEqualTo(1200);
    assertThat(register.find("api3d").officeEnd()).isNull();
    assertThat(register.find("api3d").inOffice()).isFalse();
  }

  /** Runs {@code action} as {@code userId} with the engine's authorization checks. */
  private <T> T asUser(String userId, java.util.function.Supplier<T> action) {
    return AsUser.of(engine.getIdentityService(), userId).call(action);
  }

  private void refusedFor(String userId, Runnable action) {
    assertThatThrownBy(
            () ->
                asUser(
                    userId,
                    () -> {
                      action.run();
                      return null;
                    }))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void eachRoleSeesAndWorksOnlyOnItsOwnChairs() throws Exception {
    fx.eligible("api2a", "jytown08", 600, Q);
    fx.eligible("api2b", "jytown09", 90, Q);
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    refusedFor(
        "apitowna", () -> runtime.startProcessInstanceByKey("chairStipend", Map.of("quarter", Q)));
    ProcessInstance pi =
        asUser(
            "apicity",
            () -> runtime.startProcessInstanceByKey("chairStipend", Map.of("quarter", Q)));
    Refusals.assertRefused(
        () ->
            asUser(
                "apicity",
                () -> runtime.startProcessInstanceByKey("chairStipend", Map.of("quarter", Q))),
        "1994Q1 的工会主席津贴考核已在进行中，不能重复发起。");
    fx.runJobs(pi.getId());

    // a chair sees only their own self-report and cannot complete another chair's
    List<Task> visible =
        asUser(
            "api2a", () -> tasks.createTaskQuery().processInstanceBusinessKeyLike(Q + "/%").list());
    assertThat(visible).extracting(Task::getAssignee).containsExactly("api2a");
    Task otherChairs = fx.chairTask(pi.getId(), "Task_SelfReport", "api2b");
    refusedFor(
        "api2a",
        () ->
            tasks.complete(
                otherChairs.getId(), Map.of("dutiesSummary", "代替他人提交的述职内容，字数已经超过二十个字。")));
    fx.selfReport(pi.getId(), "api2a");
    fx.selfReport(pi.getId(), "api2b");

    // a town union sees and assesses only its own chairs
    Task assessA = fx.chairTask(pi.getId(), "Task_Assess", "api2a");
    assertThat(
            asUser(
                "apitownb",
                () ->
                    tasks
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike(Q + "/%")
                        .taskCandidateGroupIn(List.of("jytown08", "jytown09"))
                        .list()))
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_Assess");
    refusedFor(
        "apitownb", () -> tasks.complete(assessA.getId(), Map.of("score", 92, "comment", "好")));
    asUser(
        "apitowna",
        () -> {
          tasks.complete(assessA.getId(), Map.of("score", 92, "comment", "好"));
          return null;
        });
    fx.assess(pi.getId(), "api2b", 70);
    fx.checkNow(pi.getId());

    // the quarter's lines: each role its own part
    mvc.perform(as(get("/api/chair-stipend/quarters/" + Q), "api2a"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].chairId").value("api2a"))
        .andExpect(jsonPath("$[0].grade").value("EXCELLENT"))
        .andExpect(jsonPath("$[0].monthlyAmount").value(300))
        .andExpect(jsonPath("$[0].months").value(3))
        .andExpect(jsonPath("$[0].quarterAmount").value(900));
    mvc.perform(as(get("/api/chair-stipend/quarters/" + Q), "apitownb"))
        .andExpect(jsonPath("$[?(@.townUnitCode != 'jytown09')]").isEmpty())
        .andExpect(jsonPath("$[?(@.chairId == 'api2b')].quarterAmount").value(360.0));
    mvc.perform(as(get("/api/chair-stipend/quarters/" + Q), "apicity"))
        .andExpect(jsonPath("$[?(@.chairId == 'api2a')]").isNotEmpty())
        .andExpect(jsonPath("$[?(@.chairId == 'api2b')]").isNotEmpty());
    mvc.perform(as(get("/api/chair-stipend/quarters/" + Q + "/payments.xlsx"), "apicity"))
        .andExpect(status().isNotFound());

    // approval only by the city union
    Task approval = fx.tasks(pi.getId(), "Task_ApproveList").get(0);
    refusedFor("apitowna", () -> tasks.complete(approval.getId(), Map.of("approved", true)));
    asUser(
        "apicity",
        () -> {
          tasks.complete(approval.getId(), Map.of("approved", true));
          return null;
        });
    fx.runJobs(pi.getId());
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName("approvedBy")
                .singleResult()
                .getValue())
        .isEqualTo("apicity");

    byte[] xlsx =
        mvc.perform(as(get("/api/chair-stipend/quarters/" + Q + "/payments.xlsx"), "apicity"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("季度");
      assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("季度津贴（元）");
      Row totals = sheet.getRow(sheet.getLastRowNum());
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(totals.getCell(2).getStringCellValue()).isEqualTo("2 人");
      assertThat(totals.getCell(9).getNumericCellValue()).isEqualTo(1260.0);
    }
    mvc.perform(as(get("/api/chair-stipend/quarters/" + Q), "apitowna"))
        .andExpect(jsonPath("$[?(@.chairId == 'api2a')].status").value("PAID"));
  }

  @Test
  void otherRolesAndUnknownQuartersAreRefused() throws Exception {
    identity.ensureGroup("apiother", "其他业务组");
    user("apinobody", "apiother");
    fx.eligible("api4a", "jytown08", 90, "1994Q2");
    quarters.insertQuarter("1994Q2", "none", java.time.LocalDateTime.now());
    mvc.perform(as(get("/api/chair-stipend/quarters/1994Q2"), "apinobody"))
        .andExpect(status().isForbidden());
    mvc.perform(as(get("/api/chair-stipend/quarters/1994Q4"), "apicity"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("1994Q4 尚未发起工会主席津贴考核。"));
    mvc.perform(as(get("/api/chair-stipend/quarters/abc"), "apicity"))
        .andExpect(status().isBadRequest());
  }
}
