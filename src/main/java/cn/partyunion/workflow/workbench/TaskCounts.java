package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.shared.security.UserAuthentication;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A user's open tasks for the workbench's home page: the count of each Tasklist filter the user may
 * read (as Tasklist shows them, with the user's expressions {@code ${currentUser()}} …), and the
 * tasks assigned to the user and those the user may claim. Read with the user's engine
 * authentication, so the user's authorizations and tenants apply.
 */
@Component
public class TaskCounts {

  /** Tasklist's address of the task list, to which {@code ?filter=} or {@code ?task=} is added. */
  public static final String TASKLIST = "/camunda/app/tasklist/default/#/";

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;

  public TaskCounts(
      IdentityService identityService, FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** One Tasklist filter: its name, how many tasks it holds and its Tasklist link. */
  public record FilterCount(String id, String name, long count, String href) {}

  /**
   * The user's counts: tasks assigned to them, unassigned tasks they may claim, and every filter
   * they may read, in Tasklist's order (the filter property {@code priority}).
   */
  public record Counts(long assigned, long candidate, List<FilterCount> filters) {}

  /** The open-task counts of {@code userId}. */
  public Counts of(String userId) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(UserAuthentication.of(identityService, userId));
    try {
      long assigned = taskService.createTaskQuery().taskAssignee(userId).count();
      long candidate = taskService.createTaskQuery().taskCandidateUser(userId).count();
      List<FilterCount> filters =
          filterService.createTaskFilterQuery().list().stream()
              .sorted(Comparator.comparingInt(TaskCounts::priority))
              .map(
                  f ->
                      new FilterCount(
                          f.getId(),
                          f.getName(),
                          filterService.count(f.getId()),
                          TASKLIST + "?filter=" + f.getId()))
              .toList();
      return new Counts(assigned, candidate, filters);
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  private static int priority(Filter filter) {
    Map<String, Object> properties = filter.getProperties();
    Object priority = properties == null ? null : properties.get("priority");
    return priority instanceof Number n ? n.intValue() : 0;
  }
}
