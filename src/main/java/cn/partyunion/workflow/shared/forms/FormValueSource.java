package cn.partyunion.workflow.shared.forms;

import java.util.Map;
import java.util.Set;

/**
 * A process that keeps its case data in its own tables, not in engine variables (issue 12: only
 * what routes the process lives in the engine). For such a process the form guard ({@link
 * FormSubmissionGuardPlugin}):
 *
 * <ul>
 *   <li>passes every submitted value on as a <em>transient</em> variable: the storing service task
 *       that follows the form reads it in the same transaction and writes it to the process's
 *       tables; the engine stores neither the value nor its history;
 *   <li>fills a task form's fields that are no engine variable from {@link #values} when the form
 *       is opened ({@code GET /task/{id}/form-variables}, as Tasklist does), so the form shows what
 *       it showed when every field was a variable.
 * </ul>
 *
 * Values that route the process (gateway conditions, assignees, candidate groups) and the columns
 * of Tasklist's list are set as ordinary variables by the process's delegates.
 */
public interface FormValueSource {

  /** The key of the process this source serves. */
  String processKey();

  /**
   * Submitted fields that stay ordinary variables (Tasklist's list columns): the engine cannot turn
   * a transient variable into a stored one later in the same command.
   */
  default Set<String> storedFields() {
    return Set.of();
  }

  /**
   * The values of one case for the fields a task form shows.
   *
   * @param businessKey the business key of the task's process instance (may be null)
   * @param fields the form's field keys that are not engine variables of the task
   * @return field key → value as the form shows it (texts; dates {@code yyyy-MM-dd}); fields the
   *     source does not know are left out
   */
  Map<String, String> values(String businessKey, Set<String> fields);
}
