package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.UserNames;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Appends a step to a case's timeline ({@code dr_review_record}) with what the 纪实 and the
 * statistics read later: the actor's real name at that moment, and the start and due date of the
 * user task the step completes (the task the command completed, or from the engine's task history,
 * read without the actor's authorizations) with the minutes it took; a review step's minutes are
 * also added to its park's sums ({@code dr_review_duration}, read by the statistics). Called by the
 * storing service tasks, in the completing user's transaction.
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
    TaskTimes task = step.taskKey() == null ? null : completedTask(execution, step);
    LocalDateTime startedAt =
        task == null || task.started() == null ? null : EngineClock.toLocal(task.started());
    LocalDateTime dueAt =
        task == null || task.due() == null ? null : EngineClock.toLocal(task.due());
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

  /** When a user task was created and when it was due. */
  private record TaskTimes(Date started, Date due) {}

  /**
   * The task of the step's kind in this case that was just completed: the one this command
   * completed (still in the command's entity cache, no query), else the latest one in the history
   * (a storing task that runs in a later command than its user task).
   */
  private TaskTimes completedTask(DelegateExecution execution, ReviewStep step) {
    DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
    for (TaskEntity task : cache.getEntitiesByType(TaskEntity.class)) {
      if (cache.isDeleted(task)
          && execution.getProcessInstanceId().equals(task.getProcessInstanceId())
          && step.taskKey().equals(task.getTaskDefinitionKey())) {
        return new TaskTimes(task.getCreateTime(), task.getDueDate());
      }
    }
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
    return latest.isEmpty()
        ? null
        : new TaskTimes(latest.get(0).getStartTime(), latest.get(0).getDueDate());
  }
}
