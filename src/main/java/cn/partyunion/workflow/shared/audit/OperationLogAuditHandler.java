package cn.partyunion.workflow.shared.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Copies the engine's user operation log (ACT_HI_OP_LOG) of administrators' and operators' work
 * into the audit trail, one row per operation: categories {@code Admin} (users, groups, tenants,
 * memberships, authorizations, deployments, properties) and {@code Operator} (instances, jobs,
 * incidents, variables set by hand). Task work ({@code TaskWorker}) is the cases' own history and
 * not copied. An authorization operation becomes {@link AuditKind#AUTHORIZATION_CHANGE}, every
 * other {@link AuditKind#ADMIN_ACTION}; the target lists the operation's changed properties ({@code
 * property=new value}). The copy cannot be deleted through the engine's API, unlike ACT_HI_OP_LOG
 * entries ({@code DELETE /history/user-operation/{id}}).
 */
class OperationLogAuditHandler implements HistoryEventHandler {

  private static final List<String> AUDITED_CATEGORIES =
      List.of(UserOperationLogEntry.CATEGORY_ADMIN, UserOperationLogEntry.CATEGORY_OPERATOR);

  private final ObjectProvider<AuditTrail> audit;

  OperationLogAuditHandler(ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    handleEvents(List.of(event));
  }

  /**
   * Collects the entries of the current command context by operation; they are written when the
   * transaction is about to commit (the engine hands the entries of one operation over one by one),
   * so a command that fails leaves no row.
   */
  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      if (event instanceof UserOperationLogEntryEventEntity entry
          && AUDITED_CATEGORIES.contains(entry.getCategory())) {
        pending()
            .computeIfAbsent(
                Objects.requireNonNullElse(entry.getOperationId(), entry.getId()),
                id -> new ArrayList<>())
            .add(entry);
      }
    }
  }

  /** The operations collected in the current command context, flushed before its commit. */
  private Map<String, List<UserOperationLogEntryEventEntity>> pending() {
    CommandContext context = Context.getCommandContext();
    Pending current = PENDING.get();
    if (current == null || current.context() != context) {
      current = new Pending(context, new LinkedHashMap<>());
      PENDING.set(current);
      Pending flushed = current;
      context
          .getTransactionContext()
          .addTransactionListener(
              TransactionState.COMMITTING,
              c -> {
                PENDING.remove();
                flushed.operations().values().forEach(this::record);
              });
      context
          .getTransactionContext()
          .addTransactionListener(TransactionState.ROLLED_BACK, c -> PENDING.remove());
    }
    return current.operations();
  }

  private record Pending(
      CommandContext context, Map<String, List<UserOperationLogEntryEventEntity>> operations) {}

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private void record(List<UserOperationLogEntryEventEntity> entries) {
    UserOperationLogEntryEventEntity first = entries.get(0);
    String target =
        Stream.concat(
                Stream.of(
                        first.getDeploymentId(),
                        first.getProcessDefinitionKey(),
                        first.getProcessInstanceId(),
                        first.getJobId(),
                        first.getTaskId())
                    .filter(Objects::nonNull),
                entries.stream()
                    .filter(e -> e.getProperty() != null)
                    .map(e -> e.getProperty() + "=" + e.getNewValue()))
            .collect(Collectors.joining(", "));
    audit
        .getObject()
        .record(
            EntityTypes.AUTHORIZATION.equals(first.getEntityType())
                ? AuditKind.AUTHORIZATION_CHANGE
                : AuditKind.ADMIN_ACTION,
            first.getUserId(),
            first.getOperationType() + " " + first.getEntityType(),
            target.isEmpty() ? null : target,
            AuditOutcome.SUCCESS);
  }
}
