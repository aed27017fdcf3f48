package cn.partyunion.workflow.shared.forms;

import cn.partyunion.workflow.shared.web.Faults;
import cn.partyunion.workflow.shared.web.UserFacingError;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * Finds the deployed Camunda Form a start event or a task is submitted with, as the engine itself
 * resolves {@code camunda:formRef} (binding and version), and keeps each parsed form per form
 * definition id (a deployed form never changes) and, for the binding {@code deployment}, per
 * deployment and key (no query for it after the first).
 */
final class SubmissionFormLookup {

  /**
   * The form a start event or task is submitted with, and what the guard needs to know of the case.
   *
   * @param form the deployed form, or {@code null} when there is none
   * @param processKey the key of the process definition
   * @param processInstanceId the task's process instance ({@code null} for a start form)
   */
  record Submission(FormSchema form, String processKey, String processInstanceId) {}

  static final String TASK_GONE = "该任务不存在或已由他人处理完毕，请刷新任务列表。";

  private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

  /**
   * The forms bound by deployment ({@code camunda:formRefBinding="deployment"}), by deployment and
   * key.
   */
  private final Map<String, FormSchema> byDeployment = new ConcurrentHashMap<>();

  private final int defaultMaxLength;

  SubmissionFormLookup(int defaultMaxLength) {
    this.defaultMaxLength = defaultMaxLength;
  }

  /**
   * The form of the start event of a process definition, or {@code null} when it has none.
   *
   * @throws NotFoundException (404) when there is no such process definition
   */
  Command<Submission> startForm(String processDefinitionId, String processDefinitionKey) {
    return context ->
        context.runWithoutAuthorization(
            () -> {
              ProcessDefinitionEntity definition =
                  processDefinitionId != null
                      ? context
                          .getProcessEngineConfiguration()
                          .getDeploymentCache()
                          .findDeployedProcessDefinitionById(processDefinitionId)
                      : context
                          .getProcessEngineConfiguration()
                          .getDeploymentCache()
                          .findDeployedLatestProcessDefinitionByKey(processDefinitionKey);
              if (definition.getStartFormHandler() == null) {
                return new Submission(null, definition.getKey(), null);
              }
              return new Submission(
                  schema(context, definition.getStartFormHandler().createStartFormData(definition)),
                  definition.getKey(),
                  null);
            });
  }

  /**
   * The form of an open task, or {@code null} when it has none.
   *
   * @throws NotFoundException answered 409 "该任务已由他人处理，请刷新列表" when the task is in the history only
   *     (a colleague completed it), 404 when it never existed
   */
  Command<Submission> taskForm(String taskId) {
    return context ->
        context.runWithoutAuthorization(
            () -> {
              TaskEntity task =
                  taskId == null ? null : context.getTaskManager().findTaskById(taskId);
              if (task == null) {
                if (context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId)
                    != null) {
                  UserFacingError.remember(
                      Faults.Kind.TAKEN.status(), Faults.Kind.TAKEN.type(), Faults.TAKEN_MESSAGE);
                  throw new NotFoundException(Faults.TAKEN_MESSAGE);
                }
                UserFacingError.remember(404, "NotFoundException", TASK_GONE);
                throw new NotFoundException(TASK_GONE);
              }
              String processKey =
                  task.getProcessDefinitionId() == null
                      ? null
                      : context
                          .getProcessEngineConfiguration()
                          .getDeploymentCache()
                          .findDeployedProcessDefinitionById(task.getProcessDefinitionId())
                          .getKey();
              TaskDefinition definition = task.getTaskDefinition();
              if (definition == null || definition.getTaskFormHandler() == null) {
                return new Submission(null, processKey, task.getProcessInstanceId());
              }
              return new Submission(
                  schema(context, definition.getTaskFormHandler().createTaskForm(task)),
                  processKey,
                  task.getProcessInstanceId());
            });
  }

  /**
   * The business key of a process instance, or {@code null}.
   *
   * @param processInstanceId an instance id
   */
  Command<String> businessKey(String processInstanceId) {
    return context -> {
      var instance = context.getExecutionManager().findExecutionById(processInstanceId);
      return instance == null ? null : instance.getBusinessKey();
    };
  }

  private FormSchema schema(CommandContext context, FormData formData) {
    CamundaFormRef ref = formData == null ? null : formData.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    if (!DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(ref.getBinding())) {
      return deployedSchema(context, ref, formData.getDeploymentId());
    }
    // a deployment never changes: its form of a key is looked up once
    String deployed = formData.getDeploymentId() + '/' + ref.getKey();
    FormSchema known = byDeployment.get(deployed);
    if (known == null) {
      known = deployedSchema(context, ref, formData.getDeploymentId());
      if (known != null) {
        byDeployment.put(deployed, known);
      }
    }
    return known;
  }

  private FormSchema deployedSchema(
      CommandContext context, CamundaFormRef ref, String deploymentId) {
    CamundaFormDefinition definition =
        new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
    if (definition == null) {
      return null;
    }
    return parsed.computeIfAbsent(
        definition.getId(),
        id -> {
          ResourceEntity resource =
              context
                  .getResourceManager()
                  .findResourceByDeploymentIdAndResourceName(
                      definition.getDeploymentId(), definition.getResourceName());
          return FormSchema.parse(new ByteArrayInputStream(resource.getBytes()), defaultMaxLength);
        });
  }
}
