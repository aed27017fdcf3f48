package cn.partyunion.workflow.shared.identity;

import cn.partyunion.workflow.shared.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies every process's {@link ProcessAccess} record at start-up, in every profile, in the
 * records' declared order — the one way roles, grants, unit groups and Tasklist filters are set up.
 * Runs before any other {@code ApplicationRunner} (demo data builds on the groups).
 */
@Component
@Order(AccessSetupRunner.ORDER)
public class AccessSetupRunner implements ApplicationRunner {

  /** Position among the application runners: first. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  /**
   * Chinese name of the administrators' group {@code camunda-admin} (its id stays): every right,
   * for break-glass use only; the daily work is the three administrators' ({@link Administrators}).
   */
  public static final String ADMIN_GROUP_NAME = "超级管理员（应急）";

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetupRunner.class);
  private final List<ProcessAccess> records;
  private final IdentitySetup identity;

  public AccessSetupRunner(List<ProcessAccess> records, IdentitySetup identity) {
    this.records = records.stream().sorted(Comparator.comparingInt(ProcessAccess::order)).toList();
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    // the Camunda starter creates the administrators' group as "camunda BPM Administrators"
    identity.renameGroup(CurrentUser.ADMIN_GROUP, ADMIN_GROUP_NAME);
    for (ProcessAccess access : records) {
      access
          .roles()
          .forEach(
              role -> {
                identity.ensureGroup(role.groupId(), role.chineseName());
                identity.grantTasklistAccess(role.groupId());
              });
      access
          .grants()
          .forEach(
              grant ->
                  identity.grantGroup(
                      grant.groupId(),
                      grant.resource(),
                      grant.resourceId(),
                      grant.permissions().toArray(Permission[]::new)));
      access.units().accept(identity);
      access.retiredFilters().forEach(identity::removeFilter);
      access
          .filters()
          .forEach(
              filter ->
                  identity.ensureFilter(
                      filter.name(),
                      filter.query().apply(identity.taskQuery()),
                      filter.properties(),
                      filter.groupIds().toArray(String[]::new)));
      LOG.info(
          "Access of {} set up: {} roles, {} grants, {} filters",
          access.process(),
          access.roles().size(),
          access.grants().size(),
          access.filters().size());
    }
  }
}
