package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_ID;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.SELF_REPORT_DUE_DATE;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The per-chair {@code chairStipendChair} instances of a quarter (business key {@code
 * <quarter>/<chairId>}). Each starts asynchronously: starting thousands costs one row and one job
 * each, and every chair's path then runs in its own transactions. (One instance per chair rather
 * than a parallel multi-instance: Camunda 7 loads a process instance's whole execution tree for
 * every command, which made a 2,000-chair multi-instance quadratic.)
 */
@Component
public class ChairInstances {

  private final int pageSize;

  public ChairInstances(ChairStipendProperties properties) {
    this.pageSize = properties.rosterPageSize();
  }

  /** Business key of a chair's instance in a quarter. */
  static String businessKey(String quarter, String chairId) {
    return quarter + "/" + chairId;
  }

  /**
   * Starts one instance per chair with {@code quarter}, {@code chairId}, the self-report due date.
   *
   * @return chair id → the started instance's id, in the chairs' order
   */
  public Map<String, String> start(
      RuntimeService runtime, String quarter, Collection<String> chairIds, Date selfReportDueDate) {
    Map<String, String> started = new LinkedHashMap<>();
    for (String chairId : chairIds) {
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(
              ChairStipendChairModel.PROCESS_KEY,
              businessKey(quarter, chairId),
              Variables.createVariables()
                  .putValue(QUARTER, quarter)
                  .putValue(CHAIR_ID, chairId)
                  .putValue(SELF_REPORT_DUE_DATE, selfReportDueDate));
      started.put(chairId, instance.getId());
    }
    return started;
  }

  /**
   * Deletes the quarter's running chair instances (the quarter was cancelled): up to a page ({@code
   * roster-page-size}) at once, more by a Camunda batch (one job per instance, run by the job
   * executor after this command): Camunda sorts a command's deletions by their references, which
   * for 10,000 chairs in one command did not end within 15 minutes.
   */
  public void cancel(RuntimeService runtime, String quarter, String reason) {
    List<String> ids =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
            .processInstanceBusinessKeyLike(quarter + "/%")
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    if (ids.size() > pageSize) {
      runtime.deleteProcessInstancesAsync(ids, null, reason, false, true);
    } else if (!ids.isEmpty()) {
      runtime.deleteProcessInstances(ids, reason, false, true);
    }
  }
}
