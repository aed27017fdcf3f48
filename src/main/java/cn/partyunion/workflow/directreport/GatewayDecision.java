package cn.partyunion.workflow.directreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision the gateway right after a storing service task routes on ({@code lastDecision},
 * {@code lastMaturityDecision}): a transient variable, which that gateway reads in the same command
 * and which ends with it — no runtime row, no history row and no update per decision (issue 12; the
 * decision itself is in {@code dr_review_record}). Instances of earlier releases hold it as a
 * stored variable, which is updated as before (the engine cannot turn a stored variable into a
 * transient one).
 */
final class GatewayDecision {

  private GatewayDecision() {}

  /** Sets {@code name} to {@code decision} for the next gateway. */
  static void set(DelegateExecution execution, String name, Enum<?> decision) {
    TypedValue stored = execution.getVariableTyped(name, false);
    execution.setVariable(
        name, Variables.stringValue(decision.name(), stored == null || stored.isTransient()));
  }
}
