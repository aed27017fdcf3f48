package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.Paging;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Reads the chair stipend's records with the visibility of DOMAIN §4: {@code jycity} (and
 * administrators) every chair, a town union ({@code jytown} + {@code jytownNN}) its own chairs, a
 * chair ({@code jychair}) its own lines; anyone else 403. Validates every query parameter (400 with
 * a Chinese message listing what is allowed). One SQL statement per list, one per count, plus one
 * engine task query per page for the open tasks' links.
 */
@Service
public class StipendLines {

  /** Largest page of {@link #page}. */
  public static final int MAX_PAGE_SIZE = Paging.MAX_PAGE_SIZE;

  /** The sort keys {@code sort} accepts and their {@code ORDER BY} columns. */
  static final Map<String, String> SORT_COLUMNS = sortColumns();

  private final CurrentUser user;
  private final QuarterMapper quarters;
  private final StipendReadMapper reads;
  private final TownUnionMapper towns;
  private final ChairRegister register;
  private final TaskService taskService;

  public StipendLines(
      CurrentUser user,
      QuarterMapper quarters,
      StipendReadMapper reads,
      TownUnionMapper towns,
      ChairRegister register,
      TaskService taskService) {
    this.user = user;
    this.quarters = quarters;
    this.reads = reads;
    this.towns = towns;
    this.register = register;
    this.taskService = taskService;
  }

  /** What the caller may see: everything (city), one town, or one chair. */
  public record Scope(String townUnitCode, String chairId) {
    boolean everything() {
      return townUnitCode == null && chairId == null;
    }
  }

  /** A page of lines and the number of all matching lines. */
  public record Page(List<ChairStipendController.QuarterLine> items, long total) {}

  /**
   * The caller's scope.
   *
   * @throws ApiException 403 for a caller outside {@code jycity}, {@code jytown} and {@code
   *     jychair}, or a town user without a town group
   */
  public Scope scope() {
    if (user.isIn(JiangyinUnions.CITY_GROUP)) {
      return new Scope(null, null);
    }
    if (user.groups().contains(JiangyinUnions.TOWN_GROUP)) {
      Set<String> townCodes = towns.names().keySet();
      String town =
          user.groups().stream()
              .filter(townCodes::contains)
              .findFirst()
              .orElseThrow(() -> ApiException.forbidden("该账号未关联镇（街道）、园区工会。"));
      return new Scope(town, null);
    }
    if (user.groups().contains(JiangyinUnions.CHAIR_GROUP)) {
      return new Scope(null, user.id());
    }
    throw ApiException.forbidden("无权查看工会主席津贴。");
  }

  /** Every quarter with the caller's counts, newest first (a chair: the quarters it is in). */
  public List<QuarterSummary> quarters() {
    Scope scope = scope();
    return reads.quarters(scope.townUnitCode(), scope.chairId());
  }

  /**
   * The stored quarter named {@code text}.
   *
   * @throws ApiException 400 for a text that is not a quarter like {@code 2026Q3}, 404 for a
   *     quarter never opened
   */
  public QuarterRecord quarter(String text) {
    String key;
    try {
      key = Quarter.parse(text).toString();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    QuarterRecord record = quarters.findQuarter(key);
    if (record == null) {
      throw ApiException.notFound("%s 尚未发起工会主席津贴考核。".formatted(key));
    }
    return record;
  }

  /**
   * Validates the filter of a quarter's lines and applies the caller's scope.
   *
   * @param town optional town union code ({@code jytown01}…)
   * @param status optional {@link RosterStatus} name
   * @param eligible optional {@code true} / {@code false}
   * @param q optional prefix of the chair's id, name or enterprise name (at most 64 characters)
   * @param sort optional {@code key} or {@code key,asc} / {@code key,desc}; keys: {@link
   *     #SORT_COLUMNS}; default {@code chairId}
   * @throws ApiException 400 for an unknown quarter text, town, status, eligible value or sort key;
   *     403 for another town's chairs or a caller outside the stipend's groups; 404 for a quarter
   *     never opened
   */
  public LineQuery query(
      String quarterText, String town, String status, String eligible, String q, String sort) {
    Scope scope = scope();
    String quarter = quarter(quarterText).quarter();
    String townFilter = blankToNull(town);
    if (townFilter != null) {
      if (!towns.names().containsKey(townFilter)) {
        throw ApiException.badRequest(
            "town 参数无效：应为镇（街道）、园区工会代码 " + String.join("、", towns.names().keySet()) + "。");
      }
      if (scope.townUnitCode() != null && !scope.townUnitCode().equals(townFilter)) {
        throw ApiException.forbidden("无权查看其他镇（街道）、园区工会的工会主席。");
      }
    }
    String statusFilter = blankToNull(status);
    if (statusFilter != null
        && Arrays.stream(RosterStatus.values()).noneMatch(s -> s.name().equals(statusFilter))) {
      throw ApiException.badRequest(
          "status 参数无效，可选值："
              + Arrays.stream(RosterStatus.values())
                  .map(s -> s.name() + "（" + s.label() + "）")
                  .collect(Collectors.joining("、"))
              + "。");
    }
    Boolean eligibleFilter = null;
    String eligibleText = blankToNull(eligible);
    if (eligibleText != null) {
      if (!eligibleText.equals("true") && !eligibleText.equals("false")) {
        throw ApiException.badRequest("eligible 参数无效，可选值：true（符合条件）、false（不符合条件）。");
      }
      eligibleFilter = Boolean.valueOf(eligibleText);
    }
    String prefix = blankToNull(q);
    if (prefix != null && prefix.codePointCount(0, prefix.length()) > 64) {
      throw ApiException.badRequest("q 参数过长：不超过 64 个字。");
    }
    return new LineQuery(
        quarter,
        scope.townUnitCode() != null ? scope.townUnitCode() : townFilter,
        scope.chairId(),
        statusFilter,
        eligibleFilter,
        prefix == null ? null : likePrefix(prefix),
        orderBy(sort));
  }

  /**
   * One page of the lines matching {@code query}.
   *
   * @param page 0-based; {@code page × size} must fit an int
   * @param size 1–{@value #MAX_PAGE_SIZE}
   * @throws ApiException 400 for a bad page or size
   */
  public Page page(LineQuery query, int page, int size) {
    Paging.offset(page, size);
    List<StipendLine> rows = reads.lines(query, page * size, size);
    long total = reads.countLines(query);
    return new Page(views(rows), total);
  }

  /** Every line matching {@code query}, in its order, to {@code handler} (no task links). */
  public void stream(LineQuery query, ResultHandler<StipendLine> handler) {
    reads.streamLines(query, handler);
  }

  /**
   * Totals per town of {@code quarterText} in the article's order (a town union: its own row), and
   * the grand total over those rows.
   */
  public Map<String, Object> townTotals(String quarterText) {
    Scope scope = scope();
    if (scope.chairId() != null) {
      throw ApiException.forbidden("工会主席只能查看本人的津贴记录。");
    }
    String quarter = quarter(quarterText).quarter();
    List<TownTotal> rows = reads.townTotals(quarter, scope.townUnitCode());
    TownTotal total =
        rows.stream().reduce(new TownTotal(null, "合计", 0, 0, 0, BigDecimal.ZERO), TownTotal::plus);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quarter", quarter);
    body.put("towns", rows);
    body.put("total", total);
    return body;
  }

  /**
   * One chair's lines, newest quarter first: the chair itself, its town union (the lines in that
   * town), {@code jycity}.
   *
   * @throws ApiException 404 for a chair not in the register, 403 for anyone else
   */
  public List<ChairStipendController.QuarterLine> chairHistory(String chairId) {
    Scope scope = scope();
    Chair chair = register.find(chairId);
    if (scope.chairId() != null && !scope.chairId().equals(chairId)) {
      throw ApiException.forbidden("工会主席只能查看本人的津贴记录。");
    }
    if (chair == null) {
      throw ApiException.notFound("没有这位工会主席。");
    }
    if (scope.townUnitCode() != null && !scope.townUnitCode().equals(chair.townUnitCode())) {
      throw ApiException.forbidden("无权查看其他镇（街道）、园区工会的工会主席。");
    }
    return views(reads.chairHistory(chairId, scope.townUnitCode()));
  }

  /**
   * The logged-in chair's lines, newest first.
   *
   * @throws ApiException 403 for a caller who is not a chair
   */
  public List<ChairStipendController.QuarterLine> myLines() {
    if (!user.groups().contains(JiangyinUnions.CHAIR_GROUP)) {
      throw ApiException.forbidden("只有工会主席本人可以查看“我的津贴”。");
    }
    return views(reads.chairHistory(user.id(), null));
  }

  /** The lines as the API shows them, each open line with the caller's open task (one query). */
  private List<ChairStipendController.QuarterLine> views(List<StipendLine> rows) {
    Map<String, String> tasks = openTasks(rows);
    return rows.stream()
        .map(
            line ->
                ChairStipendController.QuarterLine.of(
                    line,
                    line.processInstanceId() == null ? null : tasks.get(line.processInstanceId())))
        .toList();
  }

  /**
   * Open task per chair instance among {@code rows}, as far as the caller may see it (the engine's
   * authorization applies: a link is only given to someone Tasklist will show the task).
   */
  private Map<String, String> openTasks(List<StipendLine> rows) {
    String[] open =
        rows.stream()
            .filter(
                l ->
                    RosterStatus.AWAITING_SELF_REPORT.name().equals(l.status())
                        || RosterStatus.AWAITING_ASSESSMENT.name().equals(l.status()))
            .map(StipendLine::processInstanceId)
            .filter(Objects::nonNull)
            .distinct()
            .toArray(String[]::new);
    if (open.length == 0) {
      return Map.of();
    }
    Map<String, String> tasks = new HashMap<>();
    for (Task task : taskService.createTaskQuery().processInstanceIdIn(open).active().list()) {
      tasks.putIfAbsent(task.getProcessInstanceId(), task.getId());
    }
    return tasks;
  }

  static String orderBy(String sort) {
    String text = blankToNull(sort);
    if (text == null) {
      return "r.chair_id";
    }
    String[] parts = text.split(",", -1);
    String column = SORT_COLUMNS.get(parts[0].trim());
    String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
    if (column == null || parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
      throw ApiException.badRequest(
          "sort 参数无效：应为 字段 或 字段,asc / 字段,desc，字段可选 "
              + String.join("、", SORT_COLUMNS.keySet())
              + "。");
    }
    String dir = direction.equals("desc") ? " DESC" : " ASC";
    return column.equals("r.chair_id")
        ? column + dir
        : column + dir + ", r.chair_id" + (direction.equals("desc") ? " DESC" : " ASC");
  }

  private static Map<String, String> sortColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("chairId", "r.chair_id");
    columns.put("name", "r.chair_name");
    columns.put("enterpriseName", "r.enterprise_name");
    columns.put("townUnitCode", "r.town_unit_code");
    columns.put("unionMembers", "r.union_members");
    columns.put("status", "r.status");
    columns.put("score", "r.score");
    columns.put("grade", "r.grade");
    columns.put("monthlyAmount", "r.monthly_amount");
    columns.put("months", "r.months");
    columns.put("quarterAmount", "r.quarter_amount");
    return Collections.unmodifiableMap(columns);
  }

  /** {@code text%} for {@code LIKE … ESCAPE '!'}. */
  static String likePrefix(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The Chinese label of a grade name, or null. */
  static String gradeLabel(String grade) {
    return Labelled.labelOf(grade, AssessmentGrade.class).orElse(grade);
  }

  /** The Chinese label of a roster status name. */
  static String statusLabel(String status) {
    return Labelled.labelOf(status, RosterStatus.class).orElse(status);
  }
}
