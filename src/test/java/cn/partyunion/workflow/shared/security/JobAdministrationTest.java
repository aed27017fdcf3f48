package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Only administrators execute or change jobs and job definitions, over {@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}; a refused call changes nothing (the review meeting's
 * "meeting begins" timer keeps its retries, due date, priority and state; no incident, no
 * failed-job log).
 */
@WorkflowSpringTest
class JobAdministrationTest {

  private static final String MEETING_BEGINS = "BoundaryEvent_MeetingBegins";

  /** A unit user no other test works with; the grants test gives it rights and takes them back. */
  private static final String GRANTED_USER = "hhunit24";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  ManagementService management;
  HttpApi rest;
  ProcessInstance meeting;
  Job timer;
  final List<String> grants = new ArrayList<>();

  @BeforeEach
  void startMeeting() {
    // AnonymousAccessTest's wrong admin password throttles admin for a few seconds
    engine.getIdentityService().unlockUser("admin");
    management = engine.getManagementService();
    rest = new HttpApi(port, "/engine-rest");
    Integer max = jdbc.queryForObject("SELECT MAX(meeting_year) FROM rm_meeting", Integer.class);
    int year = Math.max(LocalDate.now().getYear() + 1, max == null ? 0 : max + 1);
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("meetingDate", year + "-12-20");
    form.put("reportingUnits", List.of("hhunit01"));
    form.put("raters", List.of("hhrater01", "hhrater06"));
    meeting = engine.getRuntimeService().startProcessInstanceByKey("reviewMeeting", form);
    timer = timer();
  }

  @AfterEach
  void removeGrants() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    grants.forEach(authorizations::deleteAuthorization);
  }

  @Test
  void aNonAdminExecutingATimerThreeTimesIsRefusedAndUsesNoRetry() {
    List<HttpApi.Response> answers = new ArrayList<>();
    for (int call = 1; call <= 3; call++) {
      answers.add(rest.call("POST", "hhoffice01", "/job/" + timer.getId() + "/execute", null));
    }
    assertThat(answers).extracting(HttpApi.Response::status).containsOnly(403);
    assertUnchanged();
    answers.forEach(JobAdministrationTest::assertRefused);
  }

  @Test
  void aNonAdminExecutingThroughTheWebappsIsRefusedAndUsesNoRetry() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", "hhoffice01", HttpApi.DEMO_PASSWORD)).isEqualTo(200);
    List<HttpApi.Response> answers = new ArrayList<>();
    for (int call = 1; call <= 3; call++) {
      answers.add(
          tasklist.call(
              "POST", "/api/engine/engine/default/job/" + timer.getId() + "/execute", null));
    }
    assertThat(answers).extracting(HttpApi.Response::status).containsOnly(403);
    assertUnchanged();
    answers.forEach(JobAdministrationTest::assertRefused);
  }

  @Test
  void aNonAdminWithUpdatePermissionStillCannotExecuteOrChangeJobs() {
    grant(Resources.PROCESS_INSTANCE, meeting.getId());
    grant(Resources.PROCESS_DEFINITION, "reviewMeeting");
    String job = "/job/" + timer.getId();
    String definition = "/job-definition/" + timer.getJobDefinitionId();
    List<HttpApi.Response> answers =
        List.of(
            rest.call("PUT", GRANTED_USER, job + "/retries", "{\"retries\":0}"),
            rest.call(
                "PUT",
                GRANTED_USER,
                job + "/duedate",
                "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}"),
            rest.call("POST", GRANTED_USER, job + "/duedate/recalculate", null),
            rest.call("PUT", GRANTED_USER, job + "/priority", "{\"priority\":99}"),
            rest.call("PUT", GRANTED_USER, job + "/suspended", "{\"suspended\":true}"),
            rest.call(
                "PUT",
                GRANTED_USER,
                "/job/suspended",
                "{\"processInstanceId\":\"" + meeting.getId() + "\",\"suspended\":true}"),
            rest.call("PUT", GRANTED_USER, definition + "/retries", "{\"retries\":0}"),
            rest.call("PUT", GRANTED_USER, definition + "/jobPriority", "{\"priority\":99}"),
            rest.call(
                "PUT",
                GRANTED_USER,
                definition + "/suspended",
                "{\"suspended\":true,\"includeJobs\":true}"),
            rest.call("DELETE", GRANTED_USER, job, null),
            rest.call("POST", GRANTED_USER, job + "/execute", null));
    assertThat(answers).extracting(HttpApi.Response::status).containsOnly(403);
    assertUnchanged();
    answers.forEach(JobAdministrationTest::assertRefused);
    assertThat(
            management
                .createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId())
                .singleResult()
                .isSuspended())
        .isFalse();
    assertThat(
            management
                .createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId())
                .singleResult()
                .getOverridingJobPriority())
        .isNull();
  }

  @Test
  void anAdministratorExecutesAndChangesJobs() {
    String job = "/job/" + timer.getId();
    assertThat(rest.call("PUT", "admin", job + "/retries", "{\"retries\":5}").status())
        .isEqualTo(204);
    assertThat(timer().getRetries()).isEqualTo(5);
    assertThat(rest.call("PUT", "admin", job + "/priority", "{\"priority\":60}").status())
        .isEqualTo(204);
    assertThat(timer().getPriority()).isEqualTo(60);

    assertThat(rest.call("POST", "admin", job + "/execute", null).status()).isEqualTo(204);
    assertThat(management.createJobQuery().jobId(timer.getId()).count())
        .as("the timer fired")
        .isZero();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(meeting.getId())
                .count())
        .isZero();
  }

  private Job timer() {
    return management
        .createJobQuery()
        .processInstanceId(meeting.getId())
        .activityId(MEETING_BEGINS)
        .singleResult();
  }

  private void grant(Resource resource, String resourceId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(GRANTED_USER);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(Permissions.ALL);
    grants.add(authorizations.saveAuthorization(authorization).getId());
  }

  private static void assertRefused(HttpApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(response.json().path("message").asText()).isEqualTo("只有管理员可以执行或修改作业。");
  }

  /** The timer as the meeting's start left it. */
  private void assertUnchanged() {
    Job now = timer();
    assertThat(now).as("the timer is still waiting").isNotNull();
    assertThat(now.getRetries()).isEqualTo(timer.getRetries());
    assertThat(now.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(now.getPriority()).isEqualTo(timer.getPriority());
    assertThat(now.isSuspended()).isFalse();
    assertThat(now.getExceptionMessage()).isNull();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(meeting.getId())
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricJobLogQuery()
                .jobId(timer.getId())
                .failureLog()
                .count())
        .isZero();
  }
}
