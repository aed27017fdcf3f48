package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.shared.audit.AuditController;
import java.util.List;

/**
 * The pages of the workbench (DOMAIN §8) with their menu title, path and the groups that may open
 * them; administrators ({@code camunda-admin}) open every page. Detail pages ({@link #RECORD},
 * {@link #REVIEW_MEETING}, {@link #QUARTER}) share the scope of their list and are not in the menu;
 * a meeting's sheet and comment pages ({@code /workbench/review-meetings/{id}/sheet}, {@code
 * …/comments}) are {@link #RATING_SHEET} and {@link #COMMENTS}.
 */
public enum WorkbenchPage {
  HOME("首页", "/workbench/", true, List.of()),
  MY_NOMINATIONS("我的推荐", "/workbench/my-nominations", true, List.of("enterprise")),
  CANDIDATES(
      "信息库", "/workbench/candidates", true, List.of("orgdept", "park", "liaison", "enterprise")),
  RECORD(
      "全程纪实", "/workbench/candidates", false, List.of("orgdept", "park", "liaison", "enterprise")),
  STATISTICS("统计分析", "/workbench/statistics", true, List.of("orgdept", "park")),
  SUPERVISION("红黄灯督办", "/workbench/supervision", true, List.of("orgdept", "park")),
  MEETING_SETUP("筹备评议会", "/workbench/review-meetings/new", true, List.of("hhoffice")),
  RATING_SHEET("测评表", "/workbench/rating-sheet", true, List.of("hhrater")),
  COMMENTS("逐单位点评", "/workbench/comments", true, List.of("hhdeputy")),
  REVIEW_MEETINGS(
      "述职评议结果", "/workbench/review-meetings", true, List.of("hhoffice", "hhdeputy", "hhunit")),
  REVIEW_MEETING(
      "述职评议结果", "/workbench/review-meetings", false, List.of("hhoffice", "hhdeputy", "hhunit")),
  QUARTERS(
      "津贴季度", "/workbench/chair-stipend/quarters", true, List.of("jycity", "jytown", "jychair")),
  QUARTER(
      "津贴季度", "/workbench/chair-stipend/quarters", false, List.of("jycity", "jytown", "jychair")),
  REGISTER_ENTERPRISES("企业登记册", "/workbench/registers/enterprises", true, List.of("orgdept")),
  REGISTER_PARKS("园区登记册", "/workbench/registers/parks", true, List.of("orgdept")),
  REGISTER_CHAINS("产业链党委登记册", "/workbench/registers/chains", true, List.of("orgdept")),
  REGISTER_LIAISONS("特约培养联系人登记册", "/workbench/registers/liaisons", true, List.of("orgdept")),
  REGISTER_OFFICERS("首席服务员登记册", "/workbench/registers/officers", true, List.of("orgdept")),
  UNIT_REGISTER("述职单位登记册", "/workbench/registers/units", true, List.of("hhoffice")),
  RATER_REGISTER("评议代表登记册", "/workbench/registers/raters", true, List.of("hhoffice")),
  CHAIR_REGISTER("工会主席登记册", "/workbench/registers/chairs", true, List.of("jycity", "jytown")),
  AUDIT("审计记录", "/workbench/audit", true, List.of(AuditController.AUDITORS));

  private final String title;
  private final String path;
  private final boolean inMenu;
  private final List<String> groups;

  WorkbenchPage(String title, String path, boolean inMenu, List<String> groups) {
    this.title = title;
    this.path = path;
    this.inMenu = inMenu;
    this.groups = groups;
  }

  /** The Chinese title shown in the menu and the page heading. */
  public String title() {
    return title;
  }

  /** The path of the page (a detail page: the path of its list). */
  public String path() {
    return path;
  }

  /** True for pages listed in the menu. */
  public boolean inMenu() {
    return inMenu;
  }

  /** The groups that may open the page; empty = every signed-in user. */
  public List<String> groups() {
    return groups;
  }
}
