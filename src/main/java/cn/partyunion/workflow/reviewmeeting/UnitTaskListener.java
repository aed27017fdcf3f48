package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the per-unit tasks (report, comment): appends the unit's name to the task's
 * name ("提交述职报告：个旧市") so a list of 24 such tasks can be told apart, and gives the task the
 * variables {@code unitName} for its form and {@code unitCode}, so that a task query finds one
 * unit's task by a task variable (the workbench's comment page); a report task also gets {@code
 * attachmentPage}, the workbench page where the unit uploads its report attachment.
 */
@Component("unitTaskListener")
public class UnitTaskListener implements TaskListener {

  private final ReviewMeetingMapper mapper;

  public UnitTaskListener(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    String unitCode = (String) task.getVariable(UNIT_CODE);
    ReportingUnit unit = mapper.findUnit(unitCode);
    String unitName = unit == null ? unitCode : unit.unitName();
    task.setName(task.getName() + "：" + unitName);
    task.setVariableLocal(UNIT_NAME, unitName);
    task.setVariableLocal(UNIT_CODE, unitCode);
    if (ReviewMeetingModel.TASK_SUBMIT_REPORT.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(
          ReviewMeetingModel.ATTACHMENT_PAGE,
          "/workbench/review-meetings/" + task.getProcessInstanceId());
    }
  }
}
