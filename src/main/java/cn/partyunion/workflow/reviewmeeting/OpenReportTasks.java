package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_SUBMIT_REPORT;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The report tasks of a meeting that are still open, as the report-stage timers flag them. */
@Component
class OpenReportTasks {

  private final TaskService taskService;

  OpenReportTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  /**
   * Raises every open report task of the meeting to {@code priority} and sets the task-local
   * boolean {@code flag} (shown in Tasklist).
   */
  void flag(String processInstanceId, int priority, String flag) {
    taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(TASK_SUBMIT_REPORT)
        .list()
        .forEach(
            task -> {
              taskService.setPriority(task.getId(), Math.max(priority, task.getPriority()));
              taskService.setVariableLocal(task.getId(), flag, true);
            });
  }
}
