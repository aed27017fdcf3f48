package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.LIAISON_ID;
import static cn.partyunion.workflow.directreport.DirectReportModel.PROCESS_KEY;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_LIAISON_REVIEW;

import cn.partyunion.workflow.shared.designation.LiaisonHandover;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A replaced liaison's open talk-and-review tasks ({@code Task_LiaisonReview}, the only
 * direct-report task the liaison is named for) go to the new liaison: assignee and candidate user,
 * and the case's {@code liaisonId}, so that a review sent back later reaches the new liaison too.
 * One task query per change of liaison, by tenant and assignee.
 */
@Component
class LiaisonReviewHandover implements LiaisonHandover {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  LiaisonReviewHandover(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
  }

  @Override
  public int handOver(String enterpriseCode, Collection<String> earlierLiaisons, String liaisonId) {
    String[] earlier =
        earlierLiaisons.stream().filter(id -> !id.equals(liaisonId)).toArray(String[]::new);
    if (earlier.length == 0) {
      return 0;
    }
    List<Task> open =
        tasks
            .createTaskQuery()
            .processDefinitionKey(PROCESS_KEY)
            .taskDefinitionKey(TASK_LIAISON_REVIEW)
            .tenantIdIn(enterpriseCode)
            .taskAssigneeIn(earlier)
            .list();
    // the register's change hands the task over, not its caller: without an authenticated user the
    // task-entitlement check (shared/identity) lets the engine assign, as for a new task
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (Task task : open) {
        String before = task.getAssignee();
        tasks.addCandidateUser(task.getId(), liaisonId);
        tasks.setAssignee(task.getId(), liaisonId);
        tasks.deleteCandidateUser(task.getId(), before);
        runtime.setVariable(task.getProcessInstanceId(), LIAISON_ID, liaisonId);
      }
    } finally {
      identity.setAuthentication(caller);
    }
    return open.size();
  }
}
