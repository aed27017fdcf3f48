package cn.partyunion.workflow.shared.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks the audit trail into the engine: password checks through {@link AuditingIdentityProvider},
 * the user operation log through {@link OperationLogAuditHandler} (added to the engine's custom
 * history event handlers; the engine's own database handler stays).
 */
@Component
public class AuditEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AuditTrail> audit;

  public AuditEnginePlugin(ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the trail is looked up when first used: it needs the engine's identity service
    configuration.setIdentityProviderSessionFactory(new AuditingIdentityProvider.Factory(audit));
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new OperationLogAuditHandler(audit));
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
