package cn.partyunion.workflow.shared.identity;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who is calling the engine right now, read inside a command (delegates, listeners, providers). */
public final class EngineAuthentication {

  private EngineAuthentication() {}

  /** The authenticated user of the current engine command, or {@code null} (system, jobs). */
  public static String currentUserId() {
    Authentication authentication = current();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The groups of the authenticated user of the current engine command (empty if none). */
  public static List<String> currentGroupIds() {
    Authentication authentication = current();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
  }

  private static Authentication current() {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? null : commandContext.getAuthentication();
  }
}
