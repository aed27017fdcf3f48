package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.development.DevelopmentLights;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import cn.partyunion.workflow.shared.web.Paging;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The traffic-light supervision of the review tasks (DOMAIN §1.7, §8 红黄灯督办) from {@code
 * dr_candidate.review_due_at}: yellow = past its due date but not red, red = more than one review
 * period ({@code partyunion.direct-report.review-due}) past it, as {@link OverdueFlag}. The
 * organization department sees all parks, a park committee its own; everybody else is refused. The
 * per-enterprise counts also hold the member-development steps with a statutory limit, by the same
 * rule ({@link DevelopmentLights}).
 */
@Service
public class DirectReportSupervision {

  /**
   * One enterprise's open review tasks ({@code open}, {@code yellow}, {@code red}, {@code
   * oldestDueDate}) and its open member-development steps with a statutory limit ({@code
   * memberDevelopment…}, DOMAIN §6, from {@link DevelopmentLights}); zeros and {@code null} where
   * the enterprise has none of the kind.
   */
  public record EnterpriseLights(
      String parkCode,
      String parkName,
      String enterpriseCode,
      String enterpriseName,
      long open,
      long yellow,
      long red,
      LocalDateTime oldestDueDate,
      long memberDevelopmentOpen,
      long memberDevelopmentYellow,
      long memberDevelopmentRed,
      LocalDateTime memberDevelopmentOldestDueDate) {

    /** The earlier of the two oldest due dates (the row's place in the list). */
    LocalDateTime earliestDueDate() {
      if (oldestDueDate == null || memberDevelopmentOldestDueDate == null) {
        return oldestDueDate == null ? memberDevelopmentOldestDueDate : oldestDueDate;
      }
      return oldestDueDate.isBefore(memberDevelopmentOldestDueDate)
          ? oldestDueDate
          : memberDevelopmentOldestDueDate;
    }
  }

  /** An overdue case. {@code daysOverdue}: whole days since the due date. */
  public record OverdueCase(
      String recordNo,
      String candidateName,
      String enterpriseName,
      String parkName,
      String currentStep,
      String currentHolder,
      String taskId,
      LocalDateTime dueDate,
      OverdueFlag overdueFlag,
      long daysOverdue) {}

  /** A page of overdue cases and the number of all of them. */
  public record Page(List<OverdueCase> items, long total) {}

  private final StatisticsMapper mapper;
  private final RecordVisibility access;
  private final OpenTasks openTasks;
  private final DirectReportProperties properties;
  private final RegisterNames registerNames;
  private final DevelopmentLights developmentLights;

  public DirectReportSupervision(
      StatisticsMapper mapper,
      RecordVisibility access,
      OpenTasks openTasks,
      DirectReportProperties properties,
      RegisterNames registerNames,
      DevelopmentLights developmentLights) {
    this.developmentLights = developmentLights;
    this.registerNames = registerNames;
    this.mapper = mapper;
    this.access = access;
    this.openTasks = openTasks;
    this.properties = properties;
  }

  /**
   * Open review tasks and open statutory member-development steps per enterprise with their yellow
   * and red counts, oldest due date (of either kind) first: two set-based aggregates merged by
   * enterprise.
   *
   * @throws ApiException 403 unless organization department or park committee
   */
  public List<EnterpriseLights> lights() {
    List<String> parks = access.parksFor(null);
    LocalDateTime now = EngineClock.current();
    RegisterNames.Names names = registerNames.read();
    Map<String, EnterpriseLights> rows = new LinkedHashMap<>();
    for (StatisticsMapper.EnterpriseLights l :
        mapper.lights(now, now.minus(properties.reviewDue()), parks)) {
      rows.put(
          l.enterpriseCode(),
          new EnterpriseLights(
              l.parkCode(),
              names.parks().get(l.parkCode()),
              l.enterpriseCode(),
              names.enterprises().get(l.enterpriseCode()),
              l.openTasks(),
              l.yellow(),
              l.red(),
              l.oldestDueDate(),
              0,
              0,
              0,
              null));
    }
    for (DevelopmentLights.EnterpriseLights d : developmentLights.lights(now, parks)) {
      EnterpriseLights r = rows.get(d.enterpriseCode());
      rows.put(
          d.enterpriseCode(),
          new EnterpriseLights(
              d.parkCode(),
              names.parks().get(d.parkCode()),
              d.enterpriseCode(),
              names.enterprises().get(d.enterpriseCode()),
              r == null ? 0 : r.open(),
              r == null ? 0 : r.yellow(),
              r == null ? 0 : r.red(),
              r == null ? null : r.oldestDueDate(),
              d.openSteps(),
              d.yellow(),
              d.red(),
              d.oldestDueDate()));
    }
    return rows.values().stream()
        .sorted(
            Comparator.comparing(
                    EnterpriseLights::earliestDueDate,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EnterpriseLights::enterpriseCode))
        .toList();
  }

  /**
   * The overdue cases, oldest due first.
   *
   * @param light {@code YELLOW}, {@code RED} or {@code null} for both
   * @throws ApiException 400 for a bad light or page, 403 for a park or enterprise outside the
   *     caller's parks
   */
  public Page overdue(String park, String enterprise, String light, int page, int size) {
    Paging.offset(page, size);
    if (light != null && !light.equals("YELLOW") && !light.equals("RED")) {
      throw ApiException.badRequest("参数 light 无效，可选值：YELLOW、RED。");
    }
    List<String> parks = access.parksFor(park);
    if (enterprise != null && parks != null) {
      List<String> visible = access.visibleEnterprises();
      if (visible != null && !visible.contains(enterprise)) {
        throw ApiException.forbidden("无权查看该企业的督办信息。");
      }
    }
    LocalDateTime now = EngineClock.current();
    LocalDateTime redBefore = now.minus(properties.reviewDue());
    LocalDateTime from = "YELLOW".equals(light) ? redBefore : null;
    LocalDateTime before = "RED".equals(light) ? redBefore : now;
    List<Candidate> rows =
        registerNames
            .read()
            .named(mapper.overdue(from, before, parks, enterprise, page * size, size));
    long total = mapper.countOverdue(from, before, parks, enterprise);
    Map<String, List<OpenTasks.Held>> tasks =
        openTasks.of(rows.stream().map(Candidate::processInstanceId).toList());
    return new Page(
        rows.stream()
            .map(
                c -> {
                  OpenTasks.Held review =
                      (c.processInstanceId() == null
                              ? List.<OpenTasks.Held>of()
                              : tasks.getOrDefault(c.processInstanceId(), List.of()))
                          .stream()
                              .filter(h -> h.task().getDueDate() != null)
                              .findFirst()
                              .orElse(null);
                  return new OverdueCase(
                      c.recordNo(),
                      c.candidateName(),
                      c.enterpriseName(),
                      c.parkName(),
                      review == null ? null : review.task().getName(),
                      review == null ? null : review.holder(),
                      review == null ? null : review.task().getId(),
                      c.reviewDueAt(),
                      OverdueFlag.of(c.reviewDueAt(), now, properties.reviewDue()),
                      Duration.between(c.reviewDueAt(), now).toDays());
                })
            .toList(),
        total);
  }
}
