package cn.partyunion.workflow.shared.identity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Who may do what in one process — the process's access record, declared once per process package
 * (as a Spring bean) and applied at every start-up by {@link AccessSetupRunner}, in the order of
 * {@link #order()}: role groups with Tasklist access, grants, the per-unit groups and tenants the
 * application's tables call for, then the Tasklist filters. Everything is idempotent ({@link
 * IdentitySetup}).
 *
 * @param order position among the processes (lower first); later records may rely on the groups of
 *     earlier ones
 * @param process the process key the record is about (for the log)
 * @param roles the role groups, each with its Chinese name; each gets Tasklist access
 * @param grants what each group may do
 * @param units creates the groups, tenants and memberships of the registered units (one group per
 *     enterprise, park, reporting unit or town union) from the application's tables
 * @param filters the Tasklist filters the roles see
 * @param retiredFilters names of filters an earlier version created and this one no longer has:
 *     deleted (with their grants) at start-up, so that a database set up before shows none of them
 */
public record ProcessAccess(
    int order,
    String process,
    List<Role> roles,
    List<Grant> grants,
    Consumer<IdentitySetup> units,
    List<Filter> filters,
    List<String> retiredFilters) {

  /** An access record without retired filters. */
  public ProcessAccess(
      int order,
      String process,
      List<Role> roles,
      List<Grant> grants,
      Consumer<IdentitySetup> units,
      List<Filter> filters) {
    this(order, process, roles, grants, units, filters, List.of());
  }

  /** A role group and its Chinese name. */
  public record Role(String groupId, String chineseName) {}

  /** {@code permissions} on {@code resource}/{@code resourceId} for {@code groupId}. */
  public record Grant(
      String groupId, Resource resource, String resourceId, List<Permission> permissions) {

    /** A grant of {@code permissions}. */
    public static Grant of(
        String groupId, Resource resource, String resourceId, Permission... permissions) {
      return new Grant(groupId, resource, resourceId, Arrays.asList(permissions));
    }

    /**
     * The definition-level grant of a tenant-scoped process's role: read the definition, read and
     * work on its tasks, read its instances (Tasklist reads the list columns as process variables);
     * which cases a user sees is left to the tenant check, never to per-task grants.
     */
    public static Grant workOn(String groupId, String processKey) {
      return of(
          groupId,
          Resources.PROCESS_DEFINITION,
          processKey,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK,
          ProcessDefinitionPermissions.READ_INSTANCE);
    }
  }

  /**
   * A column of a Tasklist filter's list: the process variable {@code name} under {@code label}.
   */
  public record Column(String name, String label) {}

  /**
   * A Tasklist filter.
   *
   * @param name the Chinese name Tasklist shows (unique: filters are found by name)
   * @param query builds the filter's query from a fresh task query
   * @param properties Tasklist's display settings ({@code priority}, {@code variables} …)
   * @param groupIds the groups that may read the filter
   */
  public record Filter(
      String name,
      UnaryOperator<TaskQuery> query,
      Map<String, Object> properties,
      List<String> groupIds) {

    /**
     * Tasklist's display settings of a filter: its position among the filters ({@code priority},
     * lower first), lists refreshed on every change, and the variable columns in this order.
     */
    public static Map<String, Object> display(int priority, Column... columns) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put(
          "variables",
          Arrays.stream(columns).map(c -> Map.of("name", c.name(), "label", c.label())).toList());
      return properties;
    }
  }
}
