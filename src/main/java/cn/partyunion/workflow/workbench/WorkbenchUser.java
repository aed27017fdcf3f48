package cn.partyunion.workflow.workbench;

import java.util.List;

/**
 * The signed-in user of a workbench page: the webapps' session user, with the real name (first +
 * last name of the identity service, the id when none) and the groups.
 */
public record WorkbenchUser(String id, String name, List<String> groups) {

  /** Request attribute that holds the user of a workbench page request. */
  public static final String ATTRIBUTE = WorkbenchUser.class.getName();
}
