package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.UserNames;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Appends a step to the applicant's 纪实 ({@code md_step}): the actor's real name at that moment and
 * the start and due date of the user task the step completes (from the engine's task history, read
 * without the actor's authorizations). Called by the storing service tasks, in the completing
 * user's transaction.
 */
@Component
class StepLog {

  private final DevelopmentMapper records;
  private final UserNames userNames;
  private final HistoryService historyService;

  StepLog(DevelopmentMapper records, UserNames userNames, HistoryService historyService) {
    this.records = records;
    this.userNames = userNames;
    this.historyService = historyService;
  }

  /**
   * @param decision the step's outcome code ({@code APPROVED}, {@code EXTEND} …) or {@code null}
   * @param summary the step's content in one line of Chinese
   */
  void record(
      DelegateExecution execution,
      String recordNo,
      DevelopmentStep step,
      String decision,
      String summary,
      LocalDateTime at) {
    String actor = Actor.current();
    HistoricTaskInstance task =
        step.taskKey() == null ? null : completedTask(execution.getProcessInstanceId(), step);
    records.insertStep(
        new DevelopmentMapper.Step(
            recordNo,
            step.name(),
            actor,
            userNames.of(actor),
            decision,
            summary,
            at,
            task == null ? null : EngineClock.toLocal(task.getStartTime()),
            task == null || task.getDueDate() == null
                ? null
                : EngineClock.toLocal(task.getDueDate())));
  }

  /** The latest task of the step's kind in this instance: the one just completed. */
  private HistoricTaskInstance completedTask(String processInstanceId, DevelopmentStep step) {
    List<HistoricTaskInstance> latest =
        userNames.privileged(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(step.taskKey())
                    .orderByHistoricActivityInstanceStartTime()
                    .desc()
                    .listPage(0, 1));
    return latest.isEmpty() ? null : latest.get(0);
  }
}
