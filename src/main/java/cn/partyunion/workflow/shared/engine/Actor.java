package cn.partyunion.workflow.shared.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who did what the engine is doing right now, read inside a command (delegates, listeners,
 * providers): the one way the processes name the person behind a stored step.
 */
public final class Actor {

  private Actor() {}

  /**
   * The authenticated user of the current engine command, or {@code null} when the engine acts on
   * its own (timers, asynchronous continuations, start-up).
   */
  public static String current() {
    Authentication authentication = authentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The groups of the authenticated user of the current engine command (empty if none). */
  public static List<String> groups() {
    Authentication authentication = authentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : authentication.getGroupIds();
  }

  /**
   * Who completes {@code task}: the authenticated user, or — when the engine is called without one
   * (the application's own calls, tests) — the task's assignee.
   */
  public static String of(DelegateTask task) {
    String user = current();
    return user != null ? user : task.getAssignee();
  }

  private static Authentication authentication() {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? null : commandContext.getAuthentication();
  }
}
