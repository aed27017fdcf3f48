package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import cn.partyunion.workflow.shared.testkit.RestForms;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the workbench pages of the direct-report channel read (DOMAIN §8), over real HTTP, for each
 * role: orgdept01 (all, full ID numbers), park01, ent01, liaison01 (their own cases, masked), and
 * the refusals: another enterprise's record by record number, statistics and supervision for
 * Honghe's and Jiangyin's users and enterprise contacts. Cases are nominated by ent01 through the
 * engine's REST API on a day of their own (the clock set to a random day far ahead), so that the
 * date filter isolates them from other tests' cases.
 */
@WorkflowSpringTest
class DirectReportPageDataTest {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @RegisterExtension final TestClock clock = new TestClock();
  HttpApi http;
  LocalDate day;

  @BeforeEach
  void setUp() {
    http = new HttpApi(port, "");
    // a day of its own before 2038 (Camunda's MySQL schema keeps some times as TIMESTAMP)
    day = LocalDate.of(2029, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8 * 365));
    clock.set(day.atTime(9, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"orgdept01", "park01", "ent01", "liaison01"})
  void eachRoleOfTheCaseListsItWithItsFieldsAndOpenTask(String user) throws Exception {
    Nominated c = nominate("MALE");
    HttpApi.Response response =
        http.call("GET", user, "/api/direct-report/candidates?q=" + c.recordNo(), null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode items = response.json();
    assertThat(items).hasSize(1);
    JsonNode item = items.get(0);
    assertThat(item.get("recordNo").asText()).isEqualTo(c.recordNo());
    assertThat(item.get("idNumber").asText())
        .isEqualTo(
            user.equals("orgdept01")
                ? c.idNumber()
                : c.idNumber().substring(0, 6) + "********" + c.idNumber().substring(14));
    assertThat(item.get("enterpriseCode").asText()).isEqualTo("ent01");
    assertThat(item.get("parkCode").asText()).isEqualTo("park01");
    assertThat(item.get("parkName").asText()).isEqualTo("崇川经济开发区");
    assertThat(item.get("industry").asText()).isEqualTo("新一代信息技术");
    assertThat(item.get("gender").asText()).isEqualTo("MALE");
    assertThat(item.get("genderLabel").asText()).isEqualTo("男");
    assertThat(item.get("birthDate").asText()).isEqualTo(c.birthDate().toString());
    assertThat(item.get("age").asInt())
        .isEqualTo(java.time.Period.between(c.birthDate(), day).getYears());
    assertThat(item.get("talentCategoryLabel").asText()).isEqualTo("技术能手");
    assertThat(item.get("stage").asText()).isEqualTo("NOMINATED");
    assertThat(item.get("stageLabel").asText()).isEqualTo("已推荐");
    assertThat(item.get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(item.get("currentStep").asText()).isEqualTo("特约培养联系人谈话审核");
    assertThat(item.get("currentHolder").asText()).isNotBlank().isNotEqualTo("liaison01");
    assertThat(item.get("taskId").asText()).isEqualTo(c.taskId());
    assertThat(item.get("overdueFlag").asText()).isEqualTo("NONE");

    HttpApi.Response record =
        http.call("GET", user, "/api/direct-report/candidates/" + c.recordNo(), null);
    assertThat(record.status()).as(record.body()).isEqualTo(200);
    JsonNode r = record.json();
    assertThat(r.get("candidateName").asText()).isEqualTo("王建国");
    assertThat(r.get("idNumber").asText()).isEqualTo(item.get("idNumber").asText());
    assertThat(r.get("phone").asText()).isEqualTo("13912345678");
    assertThat(r.get("enterpriseName").asText()).isEqualTo("南通华芯微电子有限公司");
    assertThat(r.get("liaisonId").asText()).isEqualTo("liaison01");
    assertThat(r.get("liaisonName").asText()).isNotBlank();
    assertThat(r.get("politicalStatusLabel").asText()).isEqualTo("群众");
    assertThat(r.get("statusLabel").asText()).isEqualTo("审核中");
    assertThat(r.get("openTasks")).hasSize(1);
    assertThat(r.get("openTasks").get(0).get("taskId").asText()).isEqualTo(c.taskId());
    assertThat(r.get("openTasks").get(0).get("holder").asText())
        .isEqualTo(item.get("currentHolder").asText());
    assertThat(r.get("openTasks").get(0).get("overdueFlag").asText()).isEqualTo("NONE");
    assertThat(r.get("stages")).hasSize(1);
    assertThat(r.get("stages").get(0).get("label").asText()).isEqualTo("已推荐");
    assertThat(r.get("pairings")).isEmpty();
    assertThat(r.get("inspections")).isEmpty();
  }

  @Test
  void theTimelineNamesEveryActorAndHowLongTheReviewTook() throws Exception {
    Nominated c = nominate("FEMALE");
    clock.set(day.atTime(9, 0).plusDays(12).plusHours(3));
    MockHttpServletResponse done =
        http.perform(
            "liaison01",
            post("/engine-rest/task/" + c.taskId() + "/submit-form")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    RestForms.json(
                        Map.of(
                            "variables",
                            RestForms.typed(Map.of("decision", "APPROVE"), "String")))));
    assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(204);
    for (String user : List.of("ent01", "liaison01", "park01", "orgdept01")) {
      HttpApi.Response response =
          http.call(
              "GET", user, "/api/direct-report/candidates/" + c.recordNo() + "/timeline", null);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode steps = response.json();
      assertThat(steps).hasSize(2);
      assertThat(steps.get(0).get("step").asText()).isEqualTo("NOMINATION");
      assertThat(steps.get(0).get("actorName").asText())
          .as("ent01's name for " + user)
          .isNotBlank();
      assertThat(steps.get(0).get("startedAt").isNull()).isTrue();
      JsonNode review = steps.get(1);
      assertThat(review.get("step").asText()).isEqualTo("LIAISON_REVIEW");
      assertThat(review.get("actor").asText()).isEqualTo("liaison01");
      assertThat(review.get("actorName").asText()).isNotBlank().isNotEqualTo("liaison01");
      assertThat(review.get("startedAt").asText()).startsWith(day + "T09:00");
      assertThat(review.get("dueAt").asText()).startsWith(day.plusDays(10) + "T09:00");
      assertThat(review.get("durationDays").asDouble()).isEqualTo(12.1);
      assertThat(review.get("overdue").asBoolean()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent02", "park02", "liaison02", "hhoffice01", "jycity01"})
  void anotherUnitsRecordByRecordNumberIsRefused(String outsider) {
    Nominated c = nominate("MALE");
    for (String path :
        List.of(
            "/api/direct-report/candidates/" + c.recordNo(),
            "/api/direct-report/candidates/" + c.recordNo() + "/timeline")) {
      HttpApi.Response response = http.call("GET", outsider, path, null);
      assertThat(response.status()).as(outsider + " " + path).isEqualTo(403);
      assertThat(response.json().get("message").asText()).isEqualTo("无权查看该培养对象的记录。");
    }
    assertThat(
            http.call("GET", "orgdept01", "/api/direct-report/candidates/ZB2029999999", null)
                .status())
        .isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hhoffice01", "hhunit01", "jycity01", "jytown01", "ent01", "liaison01"})
  void statisticsAndSupervisionAreRefusedToEveryoneButOrgdeptAndParks(String user) {
    for (String path :
        List.of(
            "/api/direct-report/statistics",
            "/api/direct-report/supervision",
            "/api/direct-report/supervision/tasks")) {
      HttpApi.Response response = http.call("GET", user, path, null);
      assertThat(response.status()).as(user + " " + path).isEqualTo(403);
      assertThat(response.json().get("error").asText()).isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void aParkReadsOnlyItsOwnStatisticsAndSupervision() {
    nominate("MALE");
    HttpApi.Response own = http.call("GET", "park01", "/api/direct-report/statistics", null);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("byPark")).hasSize(1);
    assertThat(own.json().get("byPark").get(0).get("key").asText()).isEqualTo("park01");
    assertThat(
            http.call("GET", "park01", "/api/direct-report/statistics?park=park02", null).status())
        .isEqualTo(403);
    assertThat(
            http.call("GET", "park01", "/api/direct-report/supervision/tasks?park=park02", null)
                .status())
        .isEqualTo(403);
    assertThat(
            http.call(
                    "GET", "park01", "/api/direct-report/supervision/tasks?enterprise=ent02", null)
                .status())
        .isEqualTo(403);
    HttpApi.Response lights = http.call("GET", "park01", "/api/direct-report/supervision", null);
    assertThat(lights.status()).isEqualTo(200);
    lights.json().forEach(l -> assertThat(l.get("parkCode").asText()).isEqualTo("park01"));
    HttpApi.Response all =
        http.call("GET", "orgdept01", "/api/direct-report/statistics?park=park02", null);
    assertThat(all.status()).isEqualTo(200);
    assertThat(
            http.call("GET", "orgdept01", "/api/direct-report/statistics?park=nopark", null)
                .status())
        .isEqualTo(400);
  }

  @Test
  void filtersSortAndPagingNarrowTheListAndTheSpreadsheetHasExactlyTheFilteredRows()
      throws Exception {
    List<Nominated> cases = new ArrayList<>();
    cases.add(nominate("MALE"));
    cases.add(nominate("FEMALE"));
    cases.add(nominate("FEMALE"));
    String onDay = "enterprise=ent01&nominatedFrom=" + day + "&nominatedTo=" + day;

    HttpApi.Response all =
        http.call(
            "GET",
            "orgdept01",
            "/api/direct-report/candidates?" + onDay + "&sort=recordNo,asc",
            null);
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(recordNos(all.json()))
        .containsExactlyElementsOf(cases.stream().map(Nominated::recordNo).toList());

    HttpApi.Response women =
        http.call(
            "GET",
            "park01",
            "/api/direct-report/candidates?"
                + onDay
                + "&gender=FEMALE&sort=recordNo,desc&size=1&page=1",
            null);
    assertThat(women.status()).as(women.body()).isEqualTo(200);
    assertThat(recordNos(women.json())).containsExactly(cases.get(1).recordNo());
    MockHttpServletResponse paged =
        http.perform(
            "park01", get("/api/direct-report/candidates?" + onDay + "&gender=FEMALE&size=1"));
    assertThat(paged.getHeader("X-Total-Count")).isEqualTo("2");

    for (String empty :
        List.of(
            "&stage=IN_DATABASE",
            "&status=REJECTED",
            "&education=本科",
            "&talentCategory=HIGH_LEVEL_TALENT",
            "&approvedFrom=" + day,
            "&park=park02")) {
      HttpApi.Response none =
          http.call("GET", "orgdept01", "/api/direct-report/candidates?" + onDay + empty, null);
      assertThat(none.status()).as(empty).isEqualTo(200);
      assertThat(none.json()).as(empty).isEmpty();
    }
    HttpApi.Response byStage =
        http.call(
            "GET",
            "ent01",
            "/api/direct-report/candidates?" + onDay + "&stage=NOMINATED&education=大专",
            null);
    assertThat(recordNos(byStage.json())).hasSize(3);

    MockHttpServletResponse xlsx =
        http.perform(
            "ent01",
            get(
                "/api/direct-report/candidates.xlsx?"
                    + onDay
                    + "&gender=FEMALE&sort=recordNo,asc"));
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentType()).startsWith(CandidateController.XLSX);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("记录号");
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("身份证号");
      List<String> exported = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        exported.add(row.getCell(0).getStringCellValue());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("女");
        assertThat(row.getCell(5).getStringCellValue()).contains("********");
      }
      assertThat(exported).containsExactly(cases.get(1).recordNo(), cases.get(2).recordNo());
    }
  }

  @Test
  void badParametersAreRefusedWithTheAllowedValues() {
    for (String[] bad :
        new String[][] {
          {"stage=DONE", "NOMINATED、IN_DATABASE、MATURE"},
          {"gender=X", "MALE、FEMALE"},
          {"education=小学", "初中及以下"},
          {"talentCategory=X", "HIGH_LEVEL_TALENT"},
          {"status=X", "UNDER_REVIEW"},
          {"nominatedFrom=2026-13-01", "yyyy-MM-dd"},
          {"approvedTo=20260101", "yyyy-MM-dd"},
          {"sort=idNumber,asc", "recordNo"},
          {"sort=recordNo,up", "recordNo"},
        }) {
      HttpApi.Response response =
          http.call("GET", "orgdept01", "/api/direct-report/candidates?" + bad[0], null);
      assertThat(response.status()).as(bad[0]).isEqualTo(400);
      assertThat(response.json().get("message").asText()).as(bad[0]).contains(bad[1]);
    }
    assertThat(
            http.call("GET", "orgdept01", "/api/direct-report/supervision/tasks?light=GREEN", null)
                .status())
        .isEqualTo(400);
  }

  private static List<String> recordNos(JsonNode items) {
    List<String> numbers = new ArrayList<>();
    items.forEach(i -> numbers.add(i.get("recordNo").asText()));
    return numbers;
  }

  record Nominated(String recordNo, String idNumber, LocalDate birthDate, String taskId) {}

  private Nominated nominate(String gender) {
    LocalDate birth =
        LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20 * 365));
    Map<String, Object> v = Nominations.valid();
    v.put("birthDate", birth.toString());
    v.put("idNumber", IdNumbers.bornOn(birth));
    v.put("gender", gender);
    MockHttpServletResponse response =
        http.perform(
            "ent01",
            post("/engine-rest/process-definition/key/directReport/submit-form")
                .contentType(MediaType.APPLICATION_JSON)
                .content(RestForms.json(Map.of("variables", RestForms.typed(v, "String")))));
    try {
      assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
      String processInstanceId = JsonPath.read(response.getContentAsString(), "$.id");
      Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      String recordNo = (String) taskService.getVariable(task.getId(), "recordNo");
      return new Nominated(recordNo, (String) v.get("idNumber"), birth, task.getId());
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }
}
