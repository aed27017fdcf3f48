package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Reads cases for the application API with the visibility of DOMAIN §4: the organization department
 * (and administrators) see every case and full ID numbers; an enterprise contact sees their
 * enterprise's cases, a park committee its park's enterprises, a liaison the enterprises linked to
 * them — all with masked ID numbers. One query per page, plus one task query for the overdue flags
 * of the page.
 */
@Service
public class CandidateQueryService {

  /** Largest page the API returns. */
  public static final int MAX_PAGE_SIZE = 200;

  private final CandidateMapper candidates;
  private final EnterpriseMapper enterprises;
  private final CurrentUser currentUser;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final DirectReportProperties properties;

  public CandidateQueryService(
      CandidateMapper candidates,
      EnterpriseMapper enterprises,
      CurrentUser currentUser,
      TaskService taskService,
      IdentityService identityService,
      DirectReportProperties properties) {
    this.candidates = candidates;
    this.enterprises = enterprises;
    this.currentUser = currentUser;
    this.taskService = taskService;
    this.identityService = identityService;
    this.properties = properties;
  }

  /** A page of cases and the total number of matching cases. */
  public record Page(List<CandidateView> items, long total) {}

  /**
   * @param status optional {@link CandidateStatus} name
   * @param enterpriseCode optional enterprise filter
   * @param page 0-based page number; {@code page × size} must fit an int (the row offset)
   * @param size page size, 1–{@value #MAX_PAGE_SIZE}
   * @throws ApiException 400 for an unknown status or a bad page, 403 for an enterprise the caller
   *     may not see
   */
  public Page find(String status, String enterpriseCode, int page, int size) {
    if (status != null
        && Set.of(CandidateStatus.values()).stream().noneMatch(s -> s.name().equals(status))) {
      throw ApiException.badRequest(
          "状态参数无效，可选值：UNDER_REVIEW、RETURNED、REJECTED、" + "IN_DATABASE、MATURE、WITHDRAWN。");
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw ApiException.badRequest(
          "分页参数无效：page 从 0 开始，size 为 1–"
              + MAX_PAGE_SIZE
              + "，且 page × size 不超过 "
              + Integer.MAX_VALUE
              + "。");
    }
    List<String> visible = visibleEnterprises();
    if (enterpriseCode != null && visible != null && !visible.contains(enterpriseCode)) {
      throw ApiException.forbidden("无权查看该企业的培养对象。");
    }
    if (visible != null && visible.isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<Candidate> rows = candidates.findPage(status, enterpriseCode, visible, page * size, size);
    long total = candidates.count(status, enterpriseCode, visible);
    Map<String, OverdueFlag> flags = overdueFlags(rows);
    boolean fullIds = seesFullIdNumbers();
    List<CandidateView> items =
        rows.stream()
            .map(
                c ->
                    new CandidateView(
                        c.recordNo(),
                        c.candidateName(),
                        c.enterpriseCode(),
                        c.enterpriseName(),
                        c.parkCode(),
                        c.status(),
                        CandidateStatus.valueOf(c.status()).label(),
                        fullIds ? c.idNumber() : ResidentIdNumber.mask(c.idNumber()),
                        c.nominatedAt(),
                        c.approvedAt(),
                        c.developmentStage(),
                        flags.getOrDefault(c.processInstanceId(), OverdueFlag.NONE)))
            .toList();
    return new Page(items, total);
  }

  /**
   * Every step of the case, oldest first.
   *
   * @throws ApiException 404 when there is no such case, 403 when the caller may not see it
   */
  public List<TimelineView> timeline(String recordNo) {
    Candidate candidate = candidates.findByRecordNo(recordNo);
    if (candidate == null) {
      throw ApiException.notFound("记录号 " + recordNo + " 不存在。");
    }
    List<String> visible = visibleEnterprises();
    if (visible != null && !visible.contains(candidate.enterpriseCode())) {
      throw ApiException.forbidden("无权查看该培养对象的记录。");
    }
    List<TimelineEntry> steps = candidates.findSteps(recordNo);
    Map<String, String> names = userNames(steps.stream().map(TimelineEntry::actor).toList());
    return steps.stream()
        .map(
            s ->
                new TimelineView(
                    s.step(),
                    ReviewStep.valueOf(s.step()).label(),
                    s.actor(),
                    names.get(s.actor()),
                    s.decidedAt(),
                    s.decision(),
                    decisionLabel(s.decision()),
                    s.comment()))
        .toList();
  }

  /** {@code null} = all enterprises; otherwise the codes the caller may see. */
  private List<String> visibleEnterprises() {
    if (seesFullIdNumbers()) {
      return null;
    }
    return enterprises.findCodesVisibleTo(currentUser.id(), currentUser.groups());
  }

  private boolean seesFullIdNumbers() {
    return currentUser.isIn(DirectReportRoles.ORGDEPT);
  }

  private Map<String, OverdueFlag> overdueFlags(List<Candidate> rows) {
    String[] open =
        rows.stream()
            .filter(c -> c.closedAt() == null)
            .map(Candidate::processInstanceId)
            .toArray(String[]::new);
    if (open.length == 0) {
      return Map.of();
    }
    LocalDateTime now = EngineClock.current();
    Map<String, OverdueFlag> flags = new HashMap<>();
    for (Task task : taskService.createTaskQuery().processInstanceIdIn(open).list()) {
      if (task.getDueDate() == null) {
        continue;
      }
      LocalDateTime due = EngineClock.toLocal(task.getDueDate());
      flags.merge(
          task.getProcessInstanceId(),
          OverdueFlag.of(due, now, properties.reviewDue()),
          (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return flags;
  }

  private Map<String, String> userNames(List<String> ids) {
    String[] distinct =
        ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
    if (distinct.length == 0) {
      return Map.of();
    }
    return identityService.createUserQuery().userIdIn(distinct).list().stream()
        .collect(
            Collectors.toMap(
                User::getId,
                u ->
                    (u.getLastName() == null ? "" : u.getLastName())
                        + (u.getFirstName() == null ? "" : u.getFirstName()),
                (a, b) -> a,
                HashMap::new));
  }

  private static String decisionLabel(String decision) {
    if (decision == null) {
      return null;
    }
    return Labelled.labelOf(
            decision,
            ReviewDecision.class,
            InspectionOpinion.class,
            MaturityDecision.class,
            DevelopmentStage.class)
        .orElse(decision);
  }
}
