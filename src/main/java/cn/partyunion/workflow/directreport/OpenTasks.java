package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_LIAISON_REVIEW;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_MATURITY_DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_NAME_INSPECTOR;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_NAME_MENTOR;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_ORGDEPT_APPROVAL;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_PARK_REVIEW;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_RECORD_INSPECTION;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_RESUBMIT_NOMINATION;

import cn.partyunion.workflow.shared.identity.UserNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of the cases on a page and who holds them, in two queries whatever the page's
 * size: one engine task query for all the page's process instances and one user query for the
 * assignees' names. Read without the caller's authorizations: callers pass only cases the caller
 * may see.
 */
@Component
class OpenTasks {

  /** Who holds an unassigned task, by task: the role of its candidate group(s). */
  private static final Map<String, String> ROLE_OF_TASK =
      Map.of(
          TASK_LIAISON_REVIEW,
          DirectReportRoles.LIAISON_LABEL,
          TASK_PARK_REVIEW,
          DirectReportRoles.PARK_LABEL,
          TASK_ORGDEPT_APPROVAL,
          DirectReportRoles.ORGDEPT_LABEL,
          TASK_RESUBMIT_NOMINATION,
          DirectReportRoles.ENTERPRISE_LABEL,
          TASK_NAME_MENTOR,
          DirectReportRoles.ENTERPRISE_LABEL,
          TASK_NAME_INSPECTOR,
          DirectReportRoles.PARK_LABEL,
          TASK_RECORD_INSPECTION,
          DirectReportRoles.PARK_LABEL + "、" + DirectReportRoles.ENTERPRISE_LABEL,
          TASK_MATURITY_DECISION,
          DirectReportRoles.ORGDEPT_LABEL,
          ReviewStep.DEVELOPMENT_STAGE.taskKey(),
          DirectReportRoles.ORGDEPT_LABEL);

  /** An open task and its holder. */
  record Held(Task task, String holder) {}

  private final TaskService taskService;
  private final UserNames userNames;

  OpenTasks(TaskService taskService, UserNames userNames) {
    this.taskService = taskService;
    this.userNames = userNames;
  }

  /** The open tasks of each process instance, by due date (then creation). */
  Map<String, List<Held>> of(Collection<String> processInstanceIds) {
    String[] ids =
        processInstanceIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    List<Task> tasks =
        userNames.privileged(
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceIdIn(ids)
                    .orderByDueDate()
                    .asc()
                    .orderByTaskCreateTime()
                    .asc()
                    .list());
    Map<String, String> names = userNames.of(tasks.stream().map(Task::getAssignee).toList());
    return tasks.stream()
        .collect(
            Collectors.groupingBy(
                Task::getProcessInstanceId,
                LinkedHashMap::new,
                Collectors.mapping(t -> new Held(t, holder(t, names)), Collectors.toList())));
  }

  private static String holder(Task task, Map<String, String> names) {
    if (task.getAssignee() != null) {
      return names.getOrDefault(task.getAssignee(), task.getAssignee());
    }
    return ROLE_OF_TASK.get(task.getTaskDefinitionKey());
  }
}
