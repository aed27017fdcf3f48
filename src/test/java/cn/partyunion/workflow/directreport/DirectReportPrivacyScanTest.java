package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.privacy.Masking;
import cn.partyunion.workflow.shared.testkit.JobRunner;
import cn.partyunion.workflow.shared.testkit.RestForms;
import cn.partyunion.workflow.shared.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, personal data at rest: after a full direct-report path over real HTTP (nomination,
 * return, resubmission, three approvals, mentor and inspector named, an inspection, withdrawal),
 * and after the same path through the Java API with stored variables, no column of any table of the
 * database — the application's and the engine's (ACT_RU_VARIABLE, ACT_HI_VARINST, ACT_HI_DETAIL,
 * ACT_GE_BYTEARRAY …), text and binary — holds the candidate's full ID number or any of the three
 * full phone numbers; the mapper still reads them back in full, the organization department finds
 * the case by its full ID number (keyed hash) and sees it, the liaison masked.
 */
@WorkflowSpringTest
class DirectReportPrivacyScanTest {

  private static final Set<String> TEXT_TYPES =
      Set.of(
          "CHARACTER VARYING",
          "VARCHAR",
          "CHARACTER",
          "CHAR",
          "CHARACTER LARGE OBJECT",
          "CLOB",
          "VARCHAR_IGNORECASE",
          "TEXT",
          "TINYTEXT",
          "MEDIUMTEXT",
          "LONGTEXT");
  private static final Set<String> BINARY_TYPES =
      Set.of(
          "BINARY LARGE OBJECT",
          "BLOB",
          "BINARY VARYING",
          "VARBINARY",
          "BINARY",
          "TINYBLOB",
          "MEDIUMBLOB",
          "LONGBLOB");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CandidateMapper candidates;
  @RegisterExtension final TestClock clock = new TestClock();

  @Test
  void noTableHoldsAFullIdOrPhoneNumberAfterTheFullPathOverHttp() {
    LocalDateTime start = LocalDateTime.of(2026, 2, 2, 9, 30);
    clock.set(start);
    HttpApi rest = new HttpApi(port, "/engine-rest");
    Map<String, Object> nomination = Nominations.valid();
    String idNumber = (String) nomination.get("idNumber");
    String phone = mobile("137");
    String mentorPhone = mobile("158");
    String inspectorPhone = mobile("186");
    nomination.put("phone", phone);

    HttpApi.Response started =
        rest.call(
            "POST",
            "ent01",
            "/process-definition/key/directReport/submit-form",
            RestForms.body(nomination));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = started.json().get("id").asText();
    String recordNo =
        jdbc.queryForObject(
            "SELECT record_no FROM dr_candidate WHERE process_instance_id = ?", String.class, pi);

    submit(
        rest,
        "liaison01",
        pi,
        "Task_LiaisonReview",
        Map.of("decision", "RETURN", "comment", "请补充荣誉"));
    // the resubmission form shows the masked ID number; sent back unchanged it keeps the stored one
    Map<String, Object> corrected = new HashMap<>(nomination);
    corrected.put("idNumber", Masking.idNumber(idNumber));
    corrected.put("honors", "江苏省五一劳动奖章");
    submit(rest, "ent01", pi, "Task_ResubmitNomination", corrected);
    submit(rest, "liaison01", pi, "Task_LiaisonReview", Map.of("decision", "APPROVE"));
    submit(rest, "park01", pi, "Task_ParkReview", Map.of("decision", "APPROVE"));
    submit(rest, "orgdept01", pi, "Task_OrgDeptApproval", Map.of("decision", "APPROVE"));
    submit(
        rest,
        "ent01",
        pi,
        "Task_NameMentor",
        Map.of("mentorName", "李红", "mentorPhone", mentorPhone));
    submit(
        rest,
        "park01",
        pi,
        "Task_NameInspector",
        Map.of("inspectorName", "周明", "inspectorPhone", inspectorPhone));
    clock.set(start.plusMonths(6).plusDays(2));
    new JobRunner(engine).execute(pi, "TimerEvent_InspectionDue");
    submit(
        rest,
        "ent01",
        pi,
        "Task_RecordInspection",
        Map.of(
            "inspectionDate", "2026-08-03",
            "conduct", "思想积极",
            "work", "完成技改",
            "study", "参加党课",
            "inspectionOpinion", "FAIR"));
    submit(
        rest,
        "orgdept01",
        pi,
        "Task_MaturityDecision",
        Map.of("maturityDecision", "WITHDRAW", "comment", "本人申请退出"));
    assertThat(candidates.findByRecordNo(recordNo).status()).isEqualTo("WITHDRAWN");

    // the full numbers are still there for whoever may see them
    CandidateRecord stored = candidates.findRecord(recordNo);
    assertThat(stored.idNumber()).isEqualTo(idNumber);
    assertThat(stored.phone()).isEqualTo(phone);
    assertThat(candidates.findPairings(recordNo))
        .extracting(PairingEntry::phone)
        .containsExactlyInAnyOrder(mentorPhone, inspectorPhone);
    HttpApi api = new HttpApi(port, "");
    JsonNode byId =
        api.call("GET", "orgdept01", "/api/direct-report/candidates?q=" + idNumber, null).json();
    assertThat(byId.findValuesAsText("recordNo")).containsExactly(recordNo);
    assertThat(byId.findValuesAsText("idNumber")).containsExactly(idNumber);
    JsonNode liaison =
        api.call("GET", "liaison01", "/api/direct-report/candidates?q=" + idNumber, null).json();
    assertThat(liaison.findValuesAsText("idNumber")).containsExactly(Masking.idNumber(idNumber));

    assertThat(findEverywhere(List.of(idNumber, phone, mentorPhone, inspectorPhone))).isEmpty();
  }

  @Test
  void noTableHoldsAFullIdOrPhoneNumberAfterAPathWithStoredVariables() {
    Map<String, Object> nomination = Nominations.valid();
    String idNumber = (String) nomination.get("idNumber");
    String phone = mobile("135");
    String mentorPhone = mobile("159");
    String inspectorPhone = mobile("189");
    nomination.put("phone", phone);
    nomination.put("enterpriseCode", "ent01");
    String pi =
        engine.getRuntimeService().startProcessInstanceByKey("directReport", nomination).getId();
    complete(pi, "Task_LiaisonReview", Map.of("decision", "RETURN", "comment", "请补充荣誉"));
    Map<String, Object> corrected = new HashMap<>(nomination);
    corrected.remove("enterpriseCode");
    corrected.put("idNumber", Masking.idNumber(idNumber));
    corrected.put("phone", Masking.phone(phone)); // as the stored variables now hold it
    complete(pi, "Task_ResubmitNomination", corrected);
    complete(pi, "Task_LiaisonReview", Map.of("decision", "APPROVE"));
    complete(pi, "Task_ParkReview", Map.of("decision", "APPROVE"));
    complete(pi, "Task_OrgDeptApproval", Map.of("decision", "APPROVE"));
    complete(pi, "Task_NameMentor", Map.of("mentorName", "李红", "mentorPhone", mentorPhone));
    complete(
        pi, "Task_NameInspector", Map.of("inspectorName", "周明", "inspectorPhone", inspectorPhone));
    String recordNo =
        jdbc.queryForObject(
            "SELECT record_no FROM dr_candidate WHERE process_instance_id = ?", String.class, pi);
    assertThat(candidates.findRecord(recordNo).phone()).isEqualTo(phone);
    assertThat(engine.getRuntimeService().getVariable(pi, "phone")).isEqualTo(Masking.phone(phone));

    assertThat(findEverywhere(List.of(idNumber, phone, mentorPhone, inspectorPhone))).isEmpty();
  }

  private void submit(
      HttpApi rest, String user, String pi, String taskKey, Map<String, Object> values) {
    Task task = task(pi, taskKey);
    HttpApi.Response done =
        rest.call("POST", user, "/task/" + task.getId() + "/submit-form", RestForms.body(values));
    assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private void complete(String pi, String taskKey, Map<String, Object> values) {
    taskService.complete(task(pi, taskKey).getId(), values);
  }

  private Task task(String pi, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi)
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** "table.column" of every column of the schema whose value contains one of {@code needles}. */
  private List<String> findEverywhere(List<String> needles) {
    boolean h2 =
        jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
            .equals("H2");
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE "
                + (h2 ? "TABLE_SCHEMA = SCHEMA()" : "TABLE_SCHEMA = DATABASE()"));
    assertThat(columns).as("the scan sees the tables").hasSizeGreaterThan(100);
    List<String> found = new ArrayList<>();
    int text = 0;
    int binary = 0;
    for (Map<String, Object> c : columns) {
      String table = value(c, "TABLE_NAME");
      String column = value(c, "COLUMN_NAME");
      String type = value(c, "DATA_TYPE").toUpperCase(Locale.ROOT);
      String quoted =
          h2 ? "\"" + table + "\".\"" + column + "\"" : "`" + table + "`.`" + column + "`";
      String from = h2 ? "\"" + table + "\"" : "`" + table + "`";
      if (TEXT_TYPES.contains(type)) {
        text++;
        for (String needle : needles) {
          Integer hits =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM " + from + " WHERE " + quoted + " LIKE ?",
                  Integer.class,
                  "%" + needle + "%");
          if (hits != null && hits > 0) {
            found.add(table + "." + column + " ∋ " + needle);
          }
        }
      } else if (BINARY_TYPES.contains(type)) {
        binary++;
        jdbc.query(
            "SELECT " + quoted + " FROM " + from + " WHERE " + quoted + " IS NOT NULL",
            rs -> {
              String bytes = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
              for (String needle : needles) {
                if (bytes.contains(needle)) {
                  found.add(table + "." + column + " ∋ " + needle);
                }
              }
            });
      }
    }
    assertThat(text).as("text columns scanned").isGreaterThan(100);
    assertThat(binary).as("binary columns scanned (ACT_GE_BYTEARRAY.BYTES_ …)").isPositive();
    return found;
  }

  private static String value(Map<String, Object> row, String key) {
    return row.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .map(e -> String.valueOf(e.getValue()))
        .findFirst()
        .orElseThrow();
  }

  private static String mobile(String prefix) {
    return prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
