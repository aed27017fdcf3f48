package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.chairstipend.TownUnionMapper;
import cn.partyunion.workflow.enterprisedesignation.RegisterService;
import cn.partyunion.workflow.reviewmeeting.RatingSheets;
import cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel;
import cn.partyunion.workflow.reviewmeeting.ReviewMeetingProperties;
import cn.partyunion.workflow.shared.demo.DemoData;
import cn.partyunion.workflow.shared.security.ApiAuthenticationFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbench's pages (DOMAIN §8): each renders the shell (header with the user's real name and
 * 退出, the menu of the user's pages) around its content; the content's data is read by the page's
 * script from the JSON API. A page outside the user's role answers 403 with the Chinese 403 page.
 * Path values go to the page only as escaped attributes.
 */
@Controller
public class WorkbenchController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WorkbenchMenu menu;
  private final TaskCounts taskCounts;
  private final RatingSheets sheets;
  private final RegisterService registers;
  private final ObjectMapper json;
  private final TownUnionMapper towns;
  private final ReviewMeetingProperties reviewMeeting;
  private final ObjectProvider<DemoData> demoData;

  public WorkbenchController(
      WorkbenchMenu menu,
      TaskCounts taskCounts,
      RatingSheets sheets,
      RegisterService registers,
      ObjectMapper json,
      TownUnionMapper towns,
      ReviewMeetingProperties reviewMeeting,
      ObjectProvider<DemoData> demoData) {
    this.menu = menu;
    this.taskCounts = taskCounts;
    this.sheets = sheets;
    this.registers = registers;
    this.json = json;
    this.towns = towns;
    this.reviewMeeting = reviewMeeting;
    this.demoData = demoData;
  }

  /** {@code /workbench} → {@code /workbench/}. */
  @GetMapping("/workbench")
  public String root() {
    return "redirect:/workbench/";
  }

  /**
   * The login form (Chinese); it signs in through the webapps' own login, so that Tasklist and the
   * workbench share the session. A signed-in user goes on to {@code next} (a workbench path only).
   * {@code expired} (set by the login check when the session had ended) shows "会话已超时，请重新登录".
   */
  @GetMapping("/workbench/login")
  public String login(
      HttpServletRequest request,
      @RequestParam(required = false) String next,
      @RequestParam(required = false) String expired,
      Model model) {
    String target = safeNext(next);
    if (ApiAuthenticationFilter.sessionUser(request) != null) {
      return "redirect:" + target;
    }
    model.addAttribute("next", target);
    model.addAttribute("expired", expired != null);
    model.addAttribute("csrfToken", csrfToken(request));
    return "workbench/login";
  }

  /**
   * 修改密码: the signed-in user sets their own password (required after a password an administrator
   * set, {@code AccountGate}); then the browser goes on to {@code next} (a workbench path only).
   */
  @GetMapping("/workbench/password")
  public String password(
      HttpServletRequest request, @RequestParam(required = false) String next, Model model) {
    return accountPage(request, next, model, "workbench/password");
  }

  /** An account page outside the shell: the user, {@code next} made safe, the CSRF token. */
  private static String accountPage(
      HttpServletRequest request, String next, Model model, String view) {
    model.addAttribute("user", user(request));
    model.addAttribute("next", safeNext(next));
    model.addAttribute("csrfToken", csrfToken(request));
    return view;
  }

  /**
   * 动态验证码: an administrator or a member of the organization department enrols their second factor
   * (secret and {@code otpauth://} URI shown once, confirmed with a first code).
   */
  @GetMapping("/workbench/second-factor")
  public String secondFactor(
      HttpServletRequest request, @RequestParam(required = false) String next, Model model) {
    return accountPage(request, next, model, "workbench/second-factor");
  }

  /** 首页: the user's pages and open-task counts with links to Tasklist. */
  @GetMapping("/workbench/")
  public String home(HttpServletRequest request, HttpServletResponse response, Model model) {
    String view = page(request, response, model, WorkbenchPage.HOME, "workbench/home");
    WorkbenchUser user = user(request);
    model.addAttribute("tasks", taskCounts.of(user.id()));
    model.addAttribute("tasklist", TaskCounts.TASKLIST);
    DemoData demo = demoData.getIfAvailable();
    model.addAttribute("demoHistoryLoading", demo != null && !demo.history().isDone());
    return view;
  }

  @GetMapping("/workbench/candidates")
  public String candidates(HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("mode", "all");
    return page(request, response, model, WorkbenchPage.CANDIDATES, "workbench/candidates");
  }

  @GetMapping("/workbench/my-nominations")
  public String myNominations(
      HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("mode", "mine");
    return page(request, response, model, WorkbenchPage.MY_NOMINATIONS, "workbench/candidates");
  }

  @GetMapping("/workbench/candidates/{recordNo}")
  public String record(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String recordNo) {
    model.addAttribute("recordNo", recordNo);
    return page(request, response, model, WorkbenchPage.RECORD, "workbench/record");
  }

  @GetMapping("/workbench/statistics")
  public String statistics(HttpServletRequest request, HttpServletResponse response, Model model) {
    var groups = user(request).groups();
    model.addAttribute(
        "allParks", groups.contains("orgdept") || groups.contains(WorkbenchMenu.ADMIN_GROUP));
    return page(request, response, model, WorkbenchPage.STATISTICS, "workbench/statistics");
  }

  /** 审计记录: the audit trail (audit administrator). */
  @GetMapping("/workbench/audit")
  public String audit(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(request, response, model, WorkbenchPage.AUDIT, "workbench/audit");
  }

  /**
   * 登记册 of the designation (orgdept): a register's list with search and paging, its edit form
   * (fields from the register, rendered as JSON into {@code data-fields}), the import upload with
   * the bad-row list and the export link. Literal paths, so that no other register page's pattern
   * can take them.
   */
  @GetMapping({
    "/workbench/registers/enterprises",
    "/workbench/registers/parks",
    "/workbench/registers/chains",
    "/workbench/registers/liaisons",
    "/workbench/registers/officers"
  })
  public String designationRegister(
      HttpServletRequest request, HttpServletResponse response, Model model)
      throws JsonProcessingException {
    String uri = request.getRequestURI();
    String register = uri.substring(uri.lastIndexOf('/') + 1);
    model.addAttribute("register", register);
    model.addAttribute("fields", json.writeValueAsString(registers.fields(register)));
    WorkbenchPage page = WorkbenchPage.valueOf("REGISTER_" + register.toUpperCase(Locale.ROOT));
    return page(request, response, model, page, "workbench/designation-register");
  }

  @GetMapping("/workbench/supervision")
  public String supervision(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(request, response, model, WorkbenchPage.SUPERVISION, "workbench/supervision");
  }

  @GetMapping("/workbench/review-meetings")
  public String reviewMeetings(
      HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(
        request, response, model, WorkbenchPage.REVIEW_MEETINGS, "workbench/review-meetings");
  }

  @GetMapping("/workbench/review-meetings/{processInstanceId}")
  public String reviewMeeting(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String processInstanceId) {
    model.addAttribute("processInstanceId", processInstanceId);
    var groups = user(request).groups();
    model.addAttribute(
        "organizer", groups.contains("hhoffice") || groups.contains(WorkbenchMenu.ADMIN_GROUP));
    // a reporting unit's own group (hhunit01 …): its page has the report attachment's upload box
    model.addAttribute(
        "unitCode",
        groups.stream().filter(group -> group.matches("hhunit[0-9]+")).findFirst().orElse(null));
    model.addAttribute("attachmentMaxMegabytes", reviewMeeting.attachmentMaxSize().toMegabytes());
    return page(request, response, model, WorkbenchPage.REVIEW_MEETING, "workbench/review-meeting");
  }

  /** 筹备评议会: the organizer picks units, panels and the deputy secretary and starts a meeting. */
  @GetMapping("/workbench/review-meetings/new")
  public String meetingSetup(
      HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(request, response, model, WorkbenchPage.MEETING_SETUP, "workbench/meeting-setup");
  }

  /**
   * 测评表: the rater's open sheet (the newest meeting with an open sheet task), else the page says
   * there is none. The QR code in the hall opens a meeting's sheet directly (below).
   */
  @GetMapping("/workbench/rating-sheet")
  public String ratingSheet(HttpServletRequest request, HttpServletResponse response, Model model) {
    String meeting = sheets.openMeetingOf(user(request).id(), ReviewMeetingModel.TASK_RATE);
    if (meeting != null && menu.allows(WorkbenchPage.RATING_SHEET, user(request).groups())) {
      return "redirect:/workbench/review-meetings/" + meeting + "/sheet";
    }
    return page(request, response, model, WorkbenchPage.RATING_SHEET, "workbench/rating-sheet");
  }

  @GetMapping("/workbench/review-meetings/{processInstanceId}/sheet")
  public String meetingSheet(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String processInstanceId) {
    model.addAttribute("processInstanceId", processInstanceId);
    return page(request, response, model, WorkbenchPage.RATING_SHEET, "workbench/rating-sheet");
  }

  /** 逐单位点评: the deputy secretary's comments of the newest meeting with comments open. */
  @GetMapping("/workbench/comments")
  public String comments(HttpServletRequest request, HttpServletResponse response, Model model) {
    String meeting = sheets.openMeetingOf(user(request).id(), ReviewMeetingModel.TASK_COMMENT);
    if (meeting != null && menu.allows(WorkbenchPage.COMMENTS, user(request).groups())) {
      return "redirect:/workbench/review-meetings/" + meeting + "/comments";
    }
    return page(request, response, model, WorkbenchPage.COMMENTS, "workbench/comments");
  }

  @GetMapping("/workbench/review-meetings/{processInstanceId}/comments")
  public String meetingComments(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String processInstanceId) {
    model.addAttribute("processInstanceId", processInstanceId);
    return page(request, response, model, WorkbenchPage.COMMENTS, "workbench/comments");
  }

  @GetMapping("/workbench/chair-stipend/quarters")
  public String quarters(HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("chairOnly", chairOnly(request));
    return page(request, response, model, WorkbenchPage.QUARTERS, "workbench/quarters");
  }

  @GetMapping("/workbench/chair-stipend/quarters/{quarter}")
  public String quarter(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String quarter) {
    model.addAttribute("quarter", quarter);
    model.addAttribute("chairOnly", chairOnly(request));
    return page(request, response, model, WorkbenchPage.QUARTER, "workbench/quarter");
  }

  /**
   * 述职单位登记册, 评议代表登记册 (hhoffice) and 工会主席登记册 (jycity; a town union reads its own chairs only): one
   * page, {@code register.html}, for each register of DOMAIN §7.
   */
  @GetMapping("/workbench/registers/{register}")
  public String register(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @PathVariable String register) {
    WorkbenchPage page =
        switch (register) {
          case "units" -> WorkbenchPage.UNIT_REGISTER;
          case "raters" -> WorkbenchPage.RATER_REGISTER;
          case "chairs" -> WorkbenchPage.CHAIR_REGISTER;
          default -> null;
        };
    if (page == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return page(request, response, model, WorkbenchPage.HOME, "workbench/forbidden");
    }
    var groups = user(request).groups();
    boolean city = groups.contains("jycity") || groups.contains(WorkbenchMenu.ADMIN_GROUP);
    model.addAttribute("register", register);
    model.addAttribute("readOnly", page == WorkbenchPage.CHAIR_REGISTER && !city);
    model.addAttribute(
        "towns", page == WorkbenchPage.CHAIR_REGISTER ? townChoices(groups, city) : "[]");
    return page(request, response, model, page, "workbench/register");
  }

  /** The town unions of the chair register's form and filter as JSON ({@code [{value, label}]}). */
  private String townChoices(java.util.List<String> groups, boolean city) {
    try {
      return JSON.writeValueAsString(
          towns.findAll().stream()
              .filter(t -> city || groups.contains(t.unitCode()))
              .map(t -> java.util.Map.of("value", t.unitCode(), "label", t.name()))
              .toList());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chair (not a city or town union, not an administrator) sees only their own lines. */
  private boolean chairOnly(HttpServletRequest request) {
    var groups = user(request).groups();
    return groups.contains("jychair")
        && !groups.contains("jycity")
        && !groups.contains("jytown")
        && !groups.contains(WorkbenchMenu.ADMIN_GROUP);
  }

  private String page(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      WorkbenchPage page,
      String view) {
    WorkbenchUser user = user(request);
    model.addAttribute("user", user);
    model.addAttribute("menu", menu.entries(user.groups()));
    model.addAttribute("page", page);
    model.addAttribute("active", page.path());
    model.addAttribute("csrfToken", csrfToken(request));
    if (!menu.allows(page, user.groups())) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return "workbench/forbidden";
    }
    return view;
  }

  private static WorkbenchUser user(HttpServletRequest request) {
    return (WorkbenchUser) request.getAttribute(WorkbenchUser.ATTRIBUTE);
  }

  /**
   * The webapps' CSRF token of this session, or null: the pages send it in {@code X-XSRF-TOKEN}
   * with every call that changes state (the webapps' cookie is scoped to {@code /camunda}, out of
   * the pages' reach).
   */
  private static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token =
        session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token instanceof String s ? s : null;
  }

  /** {@code next} when it is a workbench path of this site, else the home page. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/workbench/")
        || next.startsWith("/workbench/login")
        || next.contains("\\")
        || next.contains("//")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/workbench/";
    }
    return next;
  }
}
