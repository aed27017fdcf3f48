package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.UserNames;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Appends a step to a case's timeline ({@code dr_review_record}) with what the 纪实 and the
 * statistics read later: the actor's real name at that moment, and the start and due date of the
 * user task the step completes (from the engine's task history, read without the actor's
 * authorizations) with the minutes it took; a review step's minutes are also added to its park's
 * sums ({@code dr_review_duration}, read by the statistics). Called by the storing service tasks,
 * in the completing user's transaction.
 */
@Component
class CaseSteps {

  private final CandidateMapper candidates;
  private final UserNames userNames;
  private final HistoryService historyService;

  CaseSteps(CandidateMapper candidates, UserNames userNames, HistoryService historyService) {
    this.candidates = candidates;
    this.userNames = userNames;
    this.historyService = historyService;
  }

  /**
   * @param step the step; its {@link ReviewStep#taskKey()} names the user task it completes
   * @param at when the step was stored (the engine's clock)
   */
  void record(
      DelegateExecution execution,
      String recordNo,
      ReviewStep step,
      String decision,
      String comment,
      LocalDateTime at) {
    String actor = Actor.current();
    HistoricTaskInstance task = step.taskKey() == null ? null : completedTask(execution, step);
    LocalDateTime startedAt =
        task == null || task.getStartTime() == null
            ? null
            : EngineClock.toLocal(task.getStartTime());
    LocalDateTime dueAt =
        task == null || task.getDueDate() == null ? null : EngineClock.toLocal(task.getDueDate());
    Long minutes = startedAt == null ? null : Duration.between(startedAt, at).toMinutes();
    candidates.insertStep(
        new CandidateMapper.Step(
            recordNo,
            step.name(),
            actor,
            userNames.of(actor),
            decision,
            comment,
            at,
            startedAt,
            dueAt,
            minutes));
    if (minutes != null && ReviewStep.REVIEWS.contains(step)) {
      addReviewDuration(
          (String) execution.getVariable(DirectReportModel.PARK_CODE), step.name(), minutes);
    }
  }

  /** Keeps the statistics' sums per park and review step ({@code dr_review_duration}). */
  private void addReviewDuration(String parkCode, String step, long minutes) {
    if (candidates.addReviewDuration(parkCode, step, minutes) == 0) {
      try {
        candidates.insertReviewDuration(parkCode, step, minutes);
      } catch (DuplicateKeyException concurrentFirst) {
        candidates.addReviewDuration(parkCode, step, minutes);
      }
    }
  }

  /** The latest task of the step's kind in this case: the one just completed. */
  private HistoricTaskInstance completedTask(DelegateExecution execution, ReviewStep step) {
    List<HistoricTaskInstance> latest =
        userNames.privileged(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(step.taskKey())
                    .orderByHistoricActivityInstanceStartTime()
                    .desc()
                    .listPage(0, 1));
    return latest.isEmpty() ? null : latest.get(0);
  }
}
