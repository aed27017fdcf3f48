package cn.partyunion.workflow.workbench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which workbench pages a user may open, from the user's groups (DOMAIN
 * §4, §8): the pages' groups ({@link WorkbenchPage#groups()}), every page for administrators. The
 * menu lists the allowed pages; a page outside it answers the 403 page (the data API refuses on its
 * own as well).
 */
@Component
public class WorkbenchMenu {

  /** Group of the engine's administrators: every page. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /** A menu entry: the page's key (enum name), title and path. */
  public record Entry(String key, String title, String path) {}

  /** True when a member of {@code groups} may open {@code page}. */
  public boolean allows(WorkbenchPage page, Collection<String> groups) {
    return page.groups().isEmpty()
        || groups.contains(ADMIN_GROUP)
        || page.groups().stream().anyMatch(groups::contains);
  }

  /** The menu of a member of {@code groups}, in the order of {@link WorkbenchPage}. */
  public List<Entry> entries(Collection<String> groups) {
    return Arrays.stream(WorkbenchPage.values())
        .filter(WorkbenchPage::inMenu)
        .filter(page -> allows(page, groups))
        .map(page -> new Entry(page.name(), page.title(), page.path()))
        .toList();
  }
}
