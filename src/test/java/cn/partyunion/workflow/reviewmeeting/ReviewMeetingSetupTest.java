package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.testkit.Refusals;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organizer picks the panels and the deputy secretary from the registered people (issue 17):
 * over real HTTP the pickers' lists, the refusal of a panel without managers, a started meeting
 * with exactly the picked raters; everyone else is refused. The panel minimum at its boundary.
 */
@WorkflowSpringTest
class ReviewMeetingSetupTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  HttpApi api;
  MeetingFixture fixture;

  @BeforeEach
  void setUp() {
    api = new HttpApi(port, "/api");
    fixture = new MeetingFixture(engine, jdbc);
  }

  @Test
  void theOrganizerPicksThePanelsAndTheDeputyFromTheRegisteredPeople() {
    HttpApi.Response people = api.call("GET", "hhoffice01", "/review-meetings/people", null);
    assertThat(people.status()).isEqualTo(200);
    JsonNode json = people.json();
    assertThat(json.path("workers").findValuesAsText("id"))
        .containsExactly("hhrater01", "hhrater02", "hhrater03", "hhrater04", "hhrater05");
    assertThat(json.path("managers").findValuesAsText("id"))
        .containsExactly("hhrater06", "hhrater07", "hhrater08", "hhrater09", "hhrater10");
    assertThat(json.path("deputies").findValuesAsText("id")).containsExactly("hhdeputy01");
    assertThat(json.path("units")).hasSize(24);
    assertThat(json.path("minimumPanelSize").asInt()).isEqualTo(1);
    for (String user : new String[] {"hhrater01", "hhdeputy01", "hhunit01"}) {
      assertThat(api.call("GET", user, "/review-meetings/people", null).status()).isEqualTo(403);
    }

    int year = fixture.freeYear();
    String date = year + "-12-20";
    Refusals.assertRefused(
        api.call(
            "POST",
            "hhoffice01",
            "/review-meetings",
            "{\"year\":"
                + year
                + ",\"meetingDate\":\""
                + date
                + "\","
                + "\"workerRaters\":[\"hhrater01\",\"hhrater02\"],\"managerRaters\":[],"
                + "\"deputySecretary\":\"hhdeputy01\"}"),
        400,
        "评议组须同时包括产业工人代表和企业管理者代表");
    assertThat(
            api.call(
                    "POST",
                    "hhrater01",
                    "/review-meetings",
                    "{\"year\":" + year + ",\"meetingDate\":\"" + date + "\"}")
                .status())
        .isEqualTo(403);

    HttpApi.Response started =
        api.call(
            "POST",
            "hhoffice01",
            "/review-meetings",
            "{\"year\":"
                + year
                + ",\"meetingDate\":\""
                + date
                + "\","
                + "\"workerRaters\":[\"hhrater01\",\"hhrater02\"],"
                + "\"managerRaters\":[\"hhrater06\",\"hhrater07\"],"
                + "\"deputySecretary\":\"hhdeputy01\",\"reportingUnits\":[\"hhunit01\",\"hhunit02\"]}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().path("processInstanceId").asText();
    assertThat(
            jdbc.queryForList(
                "SELECT p.rater_id FROM rm_meeting_rater p JOIN rm_meeting m ON m.id = p.meeting_id"
                    + " WHERE m.process_instance_id = ? ORDER BY p.rater_id",
                String.class,
                id))
        .containsExactly("hhrater01", "hhrater02", "hhrater06", "hhrater07");
    assertThat(
            jdbc.queryForObject(
                "SELECT organizer_id FROM rm_meeting WHERE process_instance_id = ?",
                String.class,
                id))
        .isEqualTo("hhoffice01");
  }

  @ParameterizedTest(name = "workers {0}, managers {1}, minimum {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 | 3 | 3 | ",
        "5 | 9 | 3 | ",
        "2 | 3 | 3 | 产业工人代表只有 2 人：每个评议组至少 3 人。",
        "3 | 2 | 3 | 企业管理者代表只有 2 人：每个评议组至少 3 人。",
        "1 | 1 | 1 | ",
        "0 | 4 | 1 | 产业工人代表只有 0 人：每个评议组至少 1 人。"
      })
  void eachPanelNeedsTheConfiguredMinimum(int workers, int managers, int minimum, String refusal) {
    Map<Panel, Integer> sizes = Map.of(Panel.WORKER, workers, Panel.MANAGER, managers);
    if (refusal == null) {
      PrepareMeetingListener.requireMinimum(sizes, minimum);
    } else {
      Refusals.assertRefused(() -> PrepareMeetingListener.requireMinimum(sizes, minimum), refusal);
    }
  }
}
