package cn.partyunion.workflow.shared.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The authorization design for high-volume processes (ENGINE-NOTES, performance facts).
 *
 * <p>The engine's default writes one grant row per task and candidate; Tasklist's query then slows
 * to about a second at 100k open tasks. For the processes listed in {@code
 * partyunion.security.tenant-scoped-processes} (default {@code directReport}) this plugin instead:
 *
 * <ul>
 *   <li>writes no per-task grant rows ({@link TenantScopedAuthorizationProvider}); role groups get
 *       READ_TASK / TASK_WORK once on the process definition;
 *   <li>isolates units by tenant: each process instance gets the tenant of its unit (the {@link
 *       TenantIdProvider} beans decide, each for its own processes: the first tenant given wins),
 *       and each user sees only the tenants they or their groups belong to — an indexed condition
 *       on the task table;
 *   <li>checks at claim and completion that the user is the task's assignee, candidate user or
 *       member of a candidate group ({@link TaskEntitlementListener}), so that a role with
 *       TASK_WORK on the definition cannot work on another role's task of the same case;
 *   <li>answers the engine's tenant-check refusal with 403 instead of 500 ({@link
 *       RefusalInterceptor}).
 * </ul>
 *
 * Other processes keep the engine's per-task grants.
 */
@Component
public class TenantScopedTaskAccessPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> processKeys;
  private final List<TenantIdProvider> tenantIdProviders;

  public TenantScopedTaskAccessPlugin(
      @Value("${partyunion.security.tenant-scoped-processes:directReport,memberDevelopment}")
          Set<String> processKeys,
      ObjectProvider<TenantIdProvider> tenantIdProviders) {
    this.processKeys = Set.copyOf(processKeys);
    this.tenantIdProviders = tenantIdProviders.orderedStream().toList();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(
        new TenantScopedAuthorizationProvider(processKeys));
    if (!tenantIdProviders.isEmpty()) {
      configuration.setTenantIdProvider(new FirstTenantIdProvider(tenantIdProviders));
    }
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new EntitlementParseListener());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new RefusalInterceptor());
  }

  private final class EntitlementParseListener extends AbstractBpmnParseListener {
    private final TaskListener listener = new TaskEntitlementListener();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (!processKeys.contains(
          ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey())) {
        return;
      }
      TaskDefinition definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      for (String event :
          List.of(TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE)) {
        definition.addBuiltInTaskListener(event, listener);
      }
    }
  }

  /** Asks each process's provider in turn; the first tenant given wins. */
  private record FirstTenantIdProvider(List<TenantIdProvider> providers)
      implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      for (TenantIdProvider provider : providers) {
        String tenant = provider.provideTenantIdForProcessInstance(ctx);
        if (tenant != null) {
          return tenant;
        }
      }
      return null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return null;
    }
  }
}
