package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grade thresholds are the DMN table, not code: a new version of {@code reviewMeetingGrade} (好
 * from 95 instead of 90) deployed as an administrator would changes the grade the tally gives.
 */
@WorkflowSpringTest
class ReviewMeetingGradeTableChangeTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired GradeTable gradeTable;
  @Autowired ReviewMeetingMapper mapper;

  @Test
  void aRedeployedGradeTableChangesTheTalliedGrade() throws Exception {
    MeetingFixture fixture = new MeetingFixture(engine, jdbc);
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    fixture.reportAllAndOpenMeeting(meeting);
    fixture.commentAll(meeting);
    // worker 好 (100), manager 较好 (80) → 90.00
    fixture.rateAll(
        meeting, (unit, rater) -> rater.equals("hhrater01") ? Grade.EXCELLENT : Grade.GOOD);
    assertThat(gradeTable.gradeOf(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);

    String table;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/reviewMeetingGrade.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String stricter = table.replace("&gt;= 90", "&gt;= 95").replace("[75..90[", "[75..95[");
    assertThat(stricter).isNotEqualTo(table);
    Deployment deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("测试：好 ≥ 95")
            .addString("reviewMeetingGrade.dmn", stricter)
            .deploy();
    try {
      assertThat(gradeTable.gradeOf(new BigDecimal("90.00"))).isEqualTo(Grade.GOOD);
      fixture.executeJob(meeting, "Task_Tally");
      assertThat(mapper.findResults(fixture.meetingId(meeting)))
          .singleElement()
          .satisfies(
              result -> {
                assertThat(result.score()).isEqualByComparingTo("90.00");
                assertThat(result.grade()).isEqualTo(Grade.GOOD);
              });
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    assertThat(gradeTable.gradeOf(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
    engine.getRuntimeService().deleteProcessInstance(meeting.getId(), "测试结束");
  }
}
