package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.testkit.RestForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refusal — a user's bad input (FormValidationException, also from a task listener), another
 * unit's record (the tenant check, ENGINE-13034), somebody else's task — is logged once at INFO in
 * one line without a stack trace, not at ERROR/WARN by the engine's command context and REST layer;
 * a real failure still gets ERROR with its stack trace.
 */
@WorkflowSpringTest
class RefusalLoggingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  HttpApi rest;
  ListAppender<ILoggingEvent> log;
  Logger root;

  @BeforeEach
  void capture() {
    rest = new HttpApi(port, "/engine-rest");
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log = new ListAppender<>();
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void release() {
    root.detachAppender(log);
  }

  private List<ILoggingEvent> warningsAndErrors() {
    return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
  }

  private List<ILoggingEvent> refusalLines() {
    return log.list.stream()
        .filter(e -> e.getLevel() == Level.INFO)
        .filter(e -> e.getFormattedMessage().startsWith("Refused"))
        .toList();
  }

  private void assertLoggedAsOneInfoLine(String expectedText) {
    assertThat(warningsAndErrors())
        .as("WARN/ERROR events")
        .extracting(ILoggingEvent::getFormattedMessage)
        .isEmpty();
    assertThat(refusalLines()).hasSize(1);
    ILoggingEvent line = refusalLines().get(0);
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage()).doesNotContain("\n").contains(expectedText);
    log.list.clear();
  }

  @Test
  void validationAndTenantRefusalsAreOneInfoLineEach() throws Exception {
    // bad start form (thrown by the start listener)
    HttpApi.Response badStart =
        rest.call(
            "POST",
            "ent01",
            "/process-definition/key/directReport/submit-form",
            RestForms.body(Map.of()));
    assertThat(badStart.status()).as(badStart.body()).isEqualTo(400);
    assertLoggedAsOneInfoLine("请更正以下内容");

    HttpApi.Response started =
        rest.call(
            "POST",
            "ent01",
            "/process-definition/key/directReport/submit-form",
            RestForms.body(Nominations.valid()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).path("id").asText();
    Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    log.list.clear();

    // another enterprise reads the case's variables: the tenant check refuses
    HttpApi.Response otherUnit =
        rest.call("GET", "ent02", "/task/" + review.getId() + "/variables", null);
    assertThat(otherUnit.status()).as(otherUnit.body()).isEqualTo(403);
    assertLoggedAsOneInfoLine("ENGINE-13034");

    // the enterprise tries the liaison's review: the entitlement listener refuses
    HttpApi.Response notYours =
        rest.call(
            "POST",
            "ent01",
            "/task/" + review.getId() + "/submit-form",
            RestForms.body(Map.of("decision", "APPROVE")));
    assertThat(notYours.status()).as(notYours.body()).isEqualTo(403);
    assertLoggedAsOneInfoLine("您无权处理该任务");

    // the liaison returns the case without a reason
    HttpApi.Response noReason =
        rest.call(
            "POST",
            "liaison01",
            "/task/" + review.getId() + "/submit-form",
            RestForms.body(Map.of("decision", "RETURN")));
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertLoggedAsOneInfoLine("退回或不同意时须填写理由");
  }

  @Test
  void aValidationRefusalInATaskListenerIsOneInfoLine() throws Exception {
    Integer max = jdbc.queryForObject("SELECT MAX(meeting_year) FROM rm_meeting", Integer.class);
    int year = Math.max(LocalDate.now().getYear() + 1, max == null ? 0 : max + 1);
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("year", year);
    start.put("meetingDate", year + "-12-20");
    start.put("reportingUnits", List.of("hhunit01"));
    start.put("raters", List.of("hhrater01", "hhrater06"));
    ProcessInstance meeting = runtime.startProcessInstanceByKey("reviewMeeting", start);
    Task report =
        tasks
            .createTaskQuery()
            .processInstanceId(meeting.getId())
            .taskDefinitionKey("Task_SubmitReport")
            .singleResult();
    log.list.clear();

    HttpApi.Response tooShort =
        rest.call(
            "POST",
            "hhunit01",
            "/task/" + report.getId() + "/submit-form",
            RestForms.body(Map.of("reportSummary", "太短")));
    assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(400);
    assertLoggedAsOneInfoLine("述职报告摘要不少于");
  }

  @Test
  void aRealFailureIsStillAnErrorWithItsStackTrace() {
    // an administrator's call passes the form guard, so the engine itself fails on the task
    // that is not there ("task is null"): no refusal of a user, a failure the log must show
    identity.unlockUser("admin");
    HttpApi.Response unknown =
        rest.call("POST", "admin", "/task/no-such-task/submit-form", "{\"variables\":{}}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(log.list)
        .anySatisfy(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.ERROR);
              assertThat(event.getLoggerName()).isEqualTo("org.camunda.bpm.engine.context");
              assertThat(event.getThrowableProxy()).isNotNull();
            });
    assertThat(refusalLines()).isEmpty();
  }
}
