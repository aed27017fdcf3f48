package cn.partyunion.workflow.memberdevelopment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.partyunion.workflow.shared.testkit.TestClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Test fixture: drives one {@code memberDevelopment} case step by step with valid values on a fixed
 * calendar (application 2025-01-03, activist 2025-01-20, development target 2026-01-20, admission
 * meeting 2026-02-20, probation end 2027-02-20), moving the engine clock to each step's day.
 */
final class Development {

  static final LocalDate APPLIED = LocalDate.of(2025, 1, 3);
  static final LocalDate ACTIVIST = LocalDate.of(2025, 1, 20);
  static final LocalDate TARGET = LocalDate.of(2026, 1, 20);
  static final LocalDate ADMITTED = LocalDate.of(2026, 2, 20);
  static final LocalDate PROBATION_END = LocalDate.of(2027, 2, 20);

  final ProcessInstance pi;
  private final TestClock clock;

  private Development(ProcessInstance pi, TestClock clock) {
    this.pi = pi;
    this.clock = clock;
  }

  /** A branch01 applicant registered on 2025-01-06, waiting for the talk. */
  static Development registered(RuntimeService runtime, TestClock clock) {
    clock.set(LocalDate.of(2025, 1, 6).atTime(9, 0));
    return new Development(
        runtime.startProcessInstanceByKey("memberDevelopment", registration("2000-05-01")), clock);
  }

  /** The start variables of a branch01 registration (tests start without a user). */
  static Map<String, Object> registration(String birthDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("branchCode", "branch01");
    v.put("candidateName", "陈晓东");
    v.put("gender", "MALE");
    v.put("birthDate", birthDate);
    v.put("applicationDate", APPLIED.toString());
    return v;
  }

  /** Moves the engine clock to 10:00 on {@code day}. */
  Development on(LocalDate day) {
    clock.set(day.atTime(10, 0));
    return this;
  }

  void complete(String taskKey, Object... values) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < values.length; i += 2) {
      v.put((String) values[i], values[i + 1]);
    }
    BpmnAwareTests.complete(task(taskKey, pi), v);
  }

  Development talk() {
    on(APPLIED.plusDays(5))
        .complete(
            "Task_ApplicantTalk",
            "talkDate",
            APPLIED.plusDays(5).toString(),
            "talker",
            "李红",
            "talkRecord",
            "了解入党动机，对党的认识较为端正。");
    return this;
  }

  Development activist() {
    on(ACTIVIST)
        .complete(
            "Task_DetermineActivist",
            "recommendationMethod",
            "MASS_ORGANIZATION",
            "activistDate",
            ACTIVIST.toString(),
            "cultivationContacts",
            "李红、周明");
    complete("Task_FileActivist");
    return this;
  }

  Development developmentTarget() {
    on(TARGET)
        .complete(
            "Task_DetermineDevelopmentTarget",
            "developmentTargetDate",
            TARGET.toString(),
            "introducers",
            "李红、周明");
    return this;
  }

  Development politicalReview(boolean passed) {
    if (passed) {
      complete("Task_PoliticalReview", "politicalReviewPassed", "true");
    } else {
      complete("Task_PoliticalReview", "politicalReviewPassed", "false", "comment", "直系亲属情况需进一步核实");
    }
    return this;
  }

  Development trainedAndPreReviewed() {
    complete("Task_RecordTraining", "trainingDays", 3);
    complete("Task_PreReview", "comment", "经审查，符合发展条件");
    return this;
  }

  /** Publicity Friday 2026-02-06 to Thursday 2026-02-12 (five working days). */
  Development publicity(boolean objections) {
    on(LocalDate.of(2026, 2, 13));
    if (objections) {
      complete(
          "Task_Publicity",
          "publicityStart",
          "2026-02-06",
          "publicityEnd",
          "2026-02-12",
          "publicityObjections",
          "true",
          "comment",
          "群众反映该同志存在违纪行为，经核实属实");
    } else {
      complete(
          "Task_Publicity",
          "publicityStart",
          "2026-02-06",
          "publicityEnd",
          "2026-02-12",
          "publicityObjections",
          "false");
    }
    return this;
  }

  Development admissionMeeting() {
    on(ADMITTED)
        .complete("Task_AdmissionMeeting", meeting("volunteerFormDate", ADMITTED, 10, 8, 7));
    return this;
  }

  /** Meeting variables: form date the day before, no votes against, the rest abstentions. */
  static Object[] meeting(String formKey, LocalDate day, int voting, int present, int votesFor) {
    return new Object[] {
      formKey,
      day.minusDays(1).toString(),
      "meetingDate",
      day.toString(),
      "membersWithVotingRights",
      voting,
      "membersPresent",
      present,
      "votesFor",
      votesFor,
      "votesAgainst",
      0,
      "abstentions",
      present - votesFor
    };
  }

  Development admissionApproval(boolean approved) {
    on(ADMITTED.plusDays(10));
    if (approved) {
      complete(
          "Task_AdmissionApproval",
          "committeeTalkDate",
          ADMITTED.plusDays(5).toString(),
          "committeeTalker",
          "王强",
          "approved",
          "true");
    } else {
      complete(
          "Task_AdmissionApproval",
          "committeeTalkDate",
          ADMITTED.plusDays(5).toString(),
          "committeeTalker",
          "王强",
          "approved",
          "false",
          "comment",
          "入党动机尚需端正");
    }
    return this;
  }

  Development filedAndSworn() {
    complete("Task_FileWithOrgDept");
    on(ADMITTED.plusDays(12))
        .complete(
            "Task_TakeOath", "oathDate", ADMITTED.plusDays(12).toString(), "partyGroup", "第一党小组");
    return this;
  }

  Development conversionMeeting(LocalDate day) {
    on(day).complete("Task_ConversionMeeting", meeting("conversionApplicationDate", day, 10, 9, 9));
    return this;
  }

  /** Drives the case to the task {@code taskKey} of the straight path. */
  Development upTo(String taskKey) {
    java.util.List<Runnable> path =
        java.util.List.of(
            this::talk,
            this::activist,
            this::developmentTarget,
            () -> politicalReview(true),
            this::trainedAndPreReviewed,
            () -> publicity(false),
            this::admissionMeeting,
            () -> admissionApproval(true),
            this::filedAndSworn,
            () -> conversionMeeting(PROBATION_END));
    for (Runnable step : path) {
      if (waitsAt(taskKey)) {
        return this;
      }
      step.run();
    }
    return this;
  }

  private boolean waitsAt(String taskKey) {
    return BpmnAwareTests.taskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(taskKey)
            .count()
        > 0;
  }
}
