package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.directreport.Enterprise;
import cn.partyunion.workflow.directreport.EnterpriseMapper;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workbench's own small API (same authentication as every {@code /api} path: session or HTTP
 * Basic).
 */
@RestController
@RequestMapping("/api/workbench")
public class WorkbenchApiController {

  private final CurrentUser currentUser;
  private final WorkbenchUsers users;
  private final WorkbenchMenu menu;
  private final TaskCounts taskCounts;
  private final EnterpriseMapper enterprises;

  public WorkbenchApiController(
      CurrentUser currentUser,
      WorkbenchUsers users,
      WorkbenchMenu menu,
      TaskCounts taskCounts,
      EnterpriseMapper enterprises) {
    this.currentUser = currentUser;
    this.users = users;
    this.menu = menu;
    this.taskCounts = taskCounts;
    this.enterprises = enterprises;
  }

  /** The caller: {@code id}, real {@code name}, the menu {@code pages}, the open-task counts. */
  public record Me(
      String id, String name, List<WorkbenchMenu.Entry> pages, TaskCounts.Counts tasks) {}

  /** {@code GET /api/workbench/me}. */
  @GetMapping("/me")
  public Me me() {
    WorkbenchUser user = users.user(currentUser.id());
    return new Me(user.id(), user.name(), menu.entries(user.groups()), taskCounts.of(user.id()));
  }

  /** A park or an enterprise of the filter lists; {@code parkCode} is null for a park. */
  public record Choice(String code, String name, String parkCode) {}

  /** The parks and enterprises the caller may see, by code. */
  public record Choices(List<Choice> parks, List<Choice> enterprises) {}

  /**
   * {@code GET /api/workbench/choices}: the parks and enterprises of the 信息库 filters — every one
   * for the organization department and administrators, otherwise those the caller may see (DOMAIN
   * §4). 403 for a user without the 信息库.
   */
  @GetMapping("/choices")
  public Choices choices() {
    List<String> groups = currentUser.groups();
    if (!menu.allows(WorkbenchPage.CANDIDATES, groups)) {
      throw ApiException.forbidden("您无权查看直报企业信息库。");
    }
    List<Enterprise> all = enterprises.findAll();
    List<Enterprise> visible;
    if (currentUser.isIn("orgdept")) {
      visible = all;
    } else {
      List<String> codes = enterprises.findCodesVisibleTo(currentUser.id(), groups);
      visible = all.stream().filter(e -> codes.contains(e.code())).toList();
    }
    Map<String, Choice> parks = new LinkedHashMap<>();
    visible.stream()
        .sorted((a, b) -> a.parkCode().compareTo(b.parkCode()))
        .forEach(
            e -> parks.putIfAbsent(e.parkCode(), new Choice(e.parkCode(), e.parkName(), null)));
    return new Choices(
        List.copyOf(parks.values()),
        visible.stream().map(e -> new Choice(e.code(), e.name(), e.parkCode())).toList());
  }
}
