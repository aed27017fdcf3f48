package cn.partyunion.workflow.shared.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Finds the open tasks of process instances in tests (without an authenticated user). */
public final class TaskFinder {

  private final TaskService tasks;

  public TaskFinder(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
  }

  /** The open tasks of the instance at {@code taskDefinitionKey}. */
  public List<Task> open(String processInstanceId, String taskDefinitionKey) {
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey)
        .list();
  }

  /** The open tasks at {@code taskDefinitionKey} of all the instances, instance by instance. */
  public List<Task> open(Collection<String> processInstanceIds, String taskDefinitionKey) {
    List<Task> found = new ArrayList<>();
    processInstanceIds.forEach(id -> found.addAll(open(id, taskDefinitionKey)));
    return found;
  }

  /** The one open task of the instance. */
  public Task single(String processInstanceId) {
    return found(
        tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult(),
        "an open task in " + processInstanceId);
  }

  /** The one open task at {@code taskDefinitionKey} offered to {@code candidateGroup}. */
  public Task single(String processInstanceId, String taskDefinitionKey, String candidateGroup) {
    return found(
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskDefinitionKey)
            .taskCandidateGroup(candidateGroup)
            .singleResult(),
        taskDefinitionKey + " of " + candidateGroup + " in " + processInstanceId);
  }

  private static Task found(Task task, String what) {
    if (task == null) {
      throw new AssertionError("no " + what);
    }
    return task;
  }
}
