package cn.partyunion.workflow.shared.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Idempotent creation of the engine's identities, grants and Tasklist filters. Every method may run
 * at every start-up: it creates what is missing and leaves what exists.
 */
@Component
public class IdentitySetup {

  /** Group type the engine uses for ordinary (non-system) groups. */
  public static final String WORKFLOW_GROUP = "WORKFLOW";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Those of {@code ids} that name an existing group (one query). */
  public Set<String> existingGroups(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  /**
   * Creates the group {@code id} (ids match {@code [a-zA-Z0-9]+}) with a Chinese name; an existing
   * group keeps its id and type and gets this name if it had another (e.g. an English one).
   */
  public void ensureGroup(String id, String chineseName) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(chineseName);
      group.setType(WORKFLOW_GROUP);
      identityService.saveGroup(group);
    } else if (!chineseName.equals(group.getName())) {
      group.setName(chineseName);
      identityService.saveGroup(group);
    }
  }

  /**
   * Gives the existing group {@code id} (e.g. the administrators' group {@code camunda-admin} that
   * the Camunda starter creates as "camunda BPM Administrators") a Chinese name; id and type stay.
   * Does nothing when the group does not exist.
   */
  public void renameGroup(String id, String chineseName) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group != null && !chineseName.equals(group.getName())) {
      group.setName(chineseName);
      identityService.saveGroup(group);
    }
  }

  /**
   * Creates the user {@code id} with the given password: the family name (姓, e.g. 王) is the
   * engine's last name, the given name (名, e.g. 建国) its first name, as Admin's 姓氏 / 名字 columns show
   * them; a person's full name reads {@code lastName + firstName} (王建国). An existing user keeps
   * their password and gets these names if they had others (older databases kept the full name as
   * first name).
   */
  public void ensureUser(String id, String familyName, String givenName, String password) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identityService.newUser(id);
      user.setFirstName(givenName);
      user.setLastName(familyName);
      user.setPassword(password);
      user.setEmail(id + "@example.cn");
      identityService.saveUser(user);
    } else if (!givenName.equals(user.getFirstName()) || !familyName.equals(user.getLastName())) {
      user.setFirstName(givenName);
      user.setLastName(familyName);
      identityService.saveUser(user);
    }
  }

  /** Makes {@code userId} a member of each of {@code groupIds}. */
  public void ensureMembership(String userId, String... groupIds) {
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  /** Creates the tenant {@code id}: the unit whose process instances it isolates. */
  public void ensureTenant(String id, String chineseName) {
    if (identityService.createTenantQuery().tenantId(id).count() == 0) {
      var tenant = identityService.newTenant(id);
      tenant.setName(chineseName);
      identityService.saveTenant(tenant);
    }
  }

  /** Lets every member of {@code groupId} see the instances of {@code tenantId}. */
  public void ensureTenantGroupMembership(String tenantId, String groupId) {
    if (identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }

  /** Lets {@code userId} see the instances of {@code tenantId}. */
  public void ensureTenantUserMembership(String tenantId, String userId) {
    if (identityService.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
      identityService.createTenantUserMembership(tenantId, userId);
    }
  }

  /**
   * Stops {@code userId} from seeing the instances of {@code tenantId} (nothing when not a member).
   */
  public void removeTenantUserMembership(String tenantId, String userId) {
    if (identityService.createTenantQuery().tenantId(tenantId).userMember(userId).count() > 0) {
      identityService.deleteTenantUserMembership(tenantId, userId);
    }
  }

  /** Whether the user {@code userId} exists. */
  public boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /**
   * Grants {@code permissions} on {@code resource}/{@code resourceId} ({@code *} = all) to the
   * group, adding to an existing grant of the same group and resource.
   */
  public void grantGroup(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(grant);
    }
  }

  /** Lets the group open Tasklist and read the shared filters it is granted. */
  public void grantTasklistAccess(String groupId) {
    grantGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  /**
   * Creates a Tasklist filter visible to {@code groupIds}, or brings the one of that name up to
   * date: a filter whose query or properties differ from these (saved by an earlier version, e.g.
   * without assigned tasks) is saved again with them, one that matches is left alone. {@code
   * properties} hold Tasklist's display settings ({@code priority} orders the filters, {@code
   * variables} lists the process variables shown in the task list as {@code {name, label}} maps).
   */
  public void ensureFilter(
      String chineseName, TaskQuery query, Map<String, Object> properties, String... groupIds) {
    Filter filter = filterService.createFilterQuery().filterName(chineseName).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(chineseName).setQuery(query).setProperties(properties);
      filterService.saveFilter(filter);
    } else if (!sameQuery(filter.getQuery(), query) || !properties.equals(filter.getProperties())) {
      filter.setQuery(query).setProperties(properties);
      filterService.saveFilter(filter);
    }
    String filterId = filter.getId();
    Arrays.stream(groupIds)
        .forEach(group -> grantGroup(group, Resources.FILTER, filterId, Permissions.READ));
  }

  /**
   * Deletes the Tasklist filter named {@code chineseName} (one an earlier version created under a
   * name no longer used), with its grants; nothing if there is none.
   */
  public void removeFilter(String chineseName) {
    Filter filter = filterService.createFilterQuery().filterName(chineseName).singleResult();
    if (filter != null) {
      filterService.deleteFilter(filter.getId());
    }
  }

  private static boolean sameQuery(Query<?, ?> stored, TaskQuery wanted) {
    JsonTaskQueryConverter json = new JsonTaskQueryConverter();
    return json.toJson((TaskQuery) stored).toString().equals(json.toJson(wanted).toString());
  }

  /** A fresh task query for building filters. */
  public TaskQuery taskQuery() {
    return taskService.createTaskQuery();
  }
}
