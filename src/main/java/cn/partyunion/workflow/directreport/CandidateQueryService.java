package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.audit.AuditTrail;
import cn.partyunion.workflow.shared.development.DevelopmentTimeline;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.UserNames;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import cn.partyunion.workflow.shared.web.Paging;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Reads cases for the application API with the visibility of DOMAIN §4 ({@link RecordVisibility}):
 * the organization department (and administrators) see every case and full ID numbers; an
 * enterprise contact sees their enterprise's cases, a park committee its park's enterprises, a
 * liaison the enterprises linked to them — all with masked ID numbers. A page costs two SQL queries
 * (rows, count), one engine task query and one user query, whatever its size.
 */
@Service
public class CandidateQueryService {

  /** Largest page the API returns. */
  public static final int MAX_PAGE_SIZE = Paging.MAX_PAGE_SIZE;

  /** The sort fields of {@code sort=<field>,asc|desc} and the SQL each sorts by (whitelist). */
  static final Map<String, String> SORT_COLUMNS = sortColumns();

  private final CandidateMapper candidates;
  private final EnterpriseMapper enterprises;
  private final RecordVisibility access;
  private final OpenTasks openTasks;
  private final UserNames userNames;
  private final DirectReportProperties properties;
  private final RegisterNames registerNames;
  private final DevelopmentTimeline developmentTimeline;
  private final AuditTrail audit;

  public CandidateQueryService(
      CandidateMapper candidates,
      EnterpriseMapper enterprises,
      RecordVisibility access,
      OpenTasks openTasks,
      UserNames userNames,
      DirectReportProperties properties,
      RegisterNames registerNames,
      DevelopmentTimeline developmentTimeline,
      AuditTrail audit) {
    this.registerNames = registerNames;
    this.developmentTimeline = developmentTimeline;
    this.audit = audit;
    this.candidates = candidates;
    this.enterprises = enterprises;
    this.access = access;
    this.openTasks = openTasks;
    this.userNames = userNames;
    this.properties = properties;
  }

  /** A page of cases and the total number of matching cases. */
  public record Page(List<CandidateView> items, long total) {}

  /**
   * The 信息库 query parameters as the client sent them, trimmed (each {@code null} when absent or
   * blank); see {@link CandidateController#candidates} for their meaning. Spring MVC binds the
   * request's query parameters of the same names to it.
   */
  public record Query(
      String q,
      String park,
      String enterprise,
      String status,
      String stage,
      String talentCategory,
      String education,
      String gender,
      String nominatedFrom,
      String nominatedTo,
      String approvedFrom,
      String approvedTo,
      String sort) {

    public Query {
      q = blankToNull(q);
      park = blankToNull(park);
      enterprise = blankToNull(enterprise);
      status = blankToNull(status);
      stage = blankToNull(stage);
      talentCategory = blankToNull(talentCategory);
      education = blankToNull(education);
      gender = blankToNull(gender);
      nominatedFrom = blankToNull(nominatedFrom);
      nominatedTo = blankToNull(nominatedTo);
      approvedFrom = blankToNull(approvedFrom);
      approvedTo = blankToNull(approvedTo);
      sort = blankToNull(sort);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }

    /** Only {@code status} and {@code enterprise}, as before version 10.1. */
    public static Query of(String status, String enterprise) {
      return new Query(
          null, null, enterprise, status, null, null, null, null, null, null, null, null, null);
    }
  }

  /** {@link #find(Query, int, int)} with only a status and an enterprise filter. */
  public Page find(String status, String enterpriseCode, int page, int size) {
    return find(Query.of(status, enterpriseCode), page, size);
  }

  /**
   * @param page 0-based page number; {@code page × size} must fit an int (the row offset)
   * @param size page size, 1–{@value #MAX_PAGE_SIZE}
   * @throws ApiException 400 for an unknown value of an enumerated filter (the message lists the
   *     allowed values), a bad date or sort, or a bad page; 403 for an enterprise or park the
   *     caller may not see
   */
  public Page find(Query query, int page, int size) {
    Paging.offset(page, size);
    CandidateFilter filter = filter(query);
    if (filter == null) {
      return new Page(List.of(), 0);
    }
    List<Candidate> rows = candidates.findPage(filter, page * size, size);
    long total = candidates.count(filter);
    if (access.seesEverything()) {
      audit.idNumbersShown(rows.stream().map(Candidate::recordNo).toList());
    }
    return new Page(views(rows, true), total);
  }

  /**
   * The validated filter of {@code query} within the caller's visibility, or {@code null} when the
   * caller sees no enterprise at all.
   *
   * @throws ApiException as {@link #find(Query, int, int)}
   */
  CandidateFilter filter(Query query) {
    String status = oneOf("status", query.status(), CandidateStatus.class);
    String stage = oneOf("stage", query.stage(), CandidateStage.class);
    String talent = oneOf("talentCategory", query.talentCategory(), TalentCategory.class);
    String gender = oneOf("gender", query.gender(), Gender.class);
    String education = query.education();
    if (education != null && !Choices.EDUCATION.contains(education)) {
      throw ApiException.badRequest(
          "参数 education 无效，可选值：" + String.join("、", Choices.EDUCATION) + "。");
    }
    LocalDate nominatedFrom = date("nominatedFrom", query.nominatedFrom());
    LocalDate nominatedTo = date("nominatedTo", query.nominatedTo());
    LocalDate approvedFrom = date("approvedFrom", query.approvedFrom());
    LocalDate approvedTo = date("approvedTo", query.approvedTo());
    String sortColumn = SORT_COLUMNS.get("nominatedAt");
    boolean descending = true;
    if (query.sort() != null) {
      String[] parts = query.sort().split(",", -1);
      String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "";
      if (parts.length > 2
          || !SORT_COLUMNS.containsKey(parts[0].trim())
          || (parts.length == 2 && !direction.equals("asc") && !direction.equals("desc"))) {
        throw ApiException.badRequest(
            "参数 sort 无效：格式为 字段,asc 或 字段,desc，字段可选："
                + String.join("、", SORT_COLUMNS.keySet())
                + "。");
      }
      sortColumn = SORT_COLUMNS.get(parts[0].trim());
      descending = parts.length == 1 || direction.equals("desc");
    }
    String q = query.q();
    if (q != null && q.length() > 30) {
      throw ApiException.badRequest("参数 q 最多 30 个字符。");
    }
    List<String> visible = access.visibleEnterprises();
    if (query.enterprise() != null && visible != null && !visible.contains(query.enterprise())) {
      throw ApiException.forbidden("无权查看该企业的培养对象。");
    }
    if (query.park() != null && visible != null) {
      boolean seesPark =
          !visible.isEmpty()
              && enterprises.findByCodes(visible).stream()
                  .anyMatch(e -> e.parkCode().equals(query.park()));
      if (!seesPark) {
        throw ApiException.forbidden("无权查看该园区的培养对象。");
      }
    }
    if (visible != null && visible.isEmpty()) {
      return null;
    }
    String idNumber = q == null ? null : ResidentIdNumber.normalize(q);
    if (idNumber != null && !ResidentIdNumber.hasValidShape(idNumber)) {
      idNumber = null;
    }
    return new CandidateFilter(
        q == null || idNumber != null ? null : likePrefix(q),
        idNumber != null ? null : q,
        idNumber,
        query.park(),
        query.enterprise(),
        status,
        stage,
        talent,
        education,
        gender,
        CandidateFilter.from(nominatedFrom),
        CandidateFilter.before(nominatedTo),
        CandidateFilter.from(approvedFrom),
        CandidateFilter.before(approvedTo),
        visible,
        sortColumn,
        descending);
  }

  /**
   * The rows as the API shows them, with the enterprise and park names (one query); with {@code
   * withTasks} their open tasks (one engine task query, one user query).
   */
  List<CandidateView> views(List<Candidate> unnamed, boolean withTasks) {
    List<Candidate> rows = registerNames.read().named(unnamed);
    Map<String, List<OpenTasks.Held>> tasks =
        withTasks
            ? openTasks.of(
                rows.stream()
                    .filter(c -> c.closedAt() == null)
                    .map(Candidate::processInstanceId)
                    .toList())
            : Map.of();
    boolean fullIds = access.seesEverything();
    LocalDateTime now = EngineClock.current();
    return rows.stream()
        .map(
            c -> {
              List<OpenTasks.Held> open =
                  c.processInstanceId() == null
                      ? List.of()
                      : tasks.getOrDefault(c.processInstanceId(), List.of());
              return new CandidateView(
                  c.recordNo(),
                  c.candidateName(),
                  c.enterpriseCode(),
                  c.enterpriseName(),
                  c.parkCode(),
                  c.parkName(),
                  c.status(),
                  CandidateStatus.valueOf(c.status()).label(),
                  fullIds ? c.idNumber() : ResidentIdNumber.mask(c.idNumber()),
                  c.nominatedAt(),
                  c.approvedAt(),
                  c.developmentStage(),
                  OverdueFlag.of(c.reviewDueAt(), now, properties.reviewDue()),
                  c.gender(),
                  label(c.gender(), Gender.class),
                  c.birthDate(),
                  Period.between(c.birthDate(), now.toLocalDate()).getYears(),
                  c.education(),
                  c.talentCategory(),
                  label(c.talentCategory(), TalentCategory.class),
                  c.industry(),
                  c.stage(),
                  label(c.stage(), CandidateStage.class),
                  open.isEmpty()
                      ? null
                      : open.stream().map(h -> h.task().getName()).collect(Collectors.joining("、")),
                  open.isEmpty()
                      ? null
                      : open.stream()
                          .map(OpenTasks.Held::holder)
                          .filter(Objects::nonNull)
                          .distinct()
                          .collect(Collectors.joining("、")),
                  open.isEmpty() ? null : open.get(0).task().getId());
            })
        .toList();
  }

  /**
   * The 纪实 header of one case.
   *
   * @throws ApiException 404 when there is no such case, 403 when the caller may not see it
   */
  public CandidateRecordView record(String recordNo) {
    CandidateRecord c = candidates.findRecord(recordNo);
    if (c == null) {
      throw ApiException.notFound("记录号 " + recordNo + " 不存在。");
    }
    checkVisible(c.enterpriseCode());
    if (access.seesEverything()) {
      audit.idNumbersShown(List.of(recordNo));
    }
    LocalDateTime now = EngineClock.current();
    List<PairingEntry> pairings = candidates.findPairings(recordNo);
    List<InspectionEntry> inspections = candidates.findInspections(recordNo);
    List<OpenTasks.Held> open =
        c.closedAt() == null
            ? openTasks
                .of(List.of(c.processInstanceId()))
                .getOrDefault(c.processInstanceId(), List.of())
            : List.of();
    Map<String, String> names =
        userNames.of(
            Stream.concat(
                    Stream.of(c.liaisonId()),
                    Stream.concat(
                        pairings.stream().map(PairingEntry::namedBy),
                        inspections.stream().map(InspectionEntry::recordedBy)))
                .toList());
    List<CandidateRecordView.StageReached> stages = new ArrayList<>();
    stages.add(stage(CandidateStage.NOMINATED, c.nominatedAt()));
    stages.add(stage(CandidateStage.IN_DATABASE, c.approvedAt()));
    stages.add(stage(CandidateStage.MATURE, c.maturedAt()));
    stages.add(stage(CandidateStage.ACTIVIST, c.activistAt()));
    stages.add(stage(CandidateStage.DEVELOPMENT_TARGET, c.developmentTargetAt()));
    stages.add(stage(CandidateStage.PROBATIONARY, c.probationaryAt()));
    stages.add(stage(CandidateStage.FULL_MEMBER, c.fullMemberAt()));
    stages.removeIf(s -> s.reachedAt() == null);
    return new CandidateRecordView(
        c.recordNo(),
        c.candidateName(),
        c.gender(),
        label(c.gender(), Gender.class),
        c.ethnicity(),
        c.birthDate(),
        Period.between(c.birthDate(), now.toLocalDate()).getYears(),
        access.seesEverything() ? c.idNumber() : ResidentIdNumber.mask(c.idNumber()),
        c.phone(),
        c.education(),
        c.jobTitle(),
        c.skillLevel(),
        c.talentCategory(),
        label(c.talentCategory(), TalentCategory.class),
        c.politicalStatus(),
        label(c.politicalStatus(), PoliticalStatus.class),
        c.applicationDate(),
        c.discoveryChannel(),
        c.honors(),
        c.recommendationReason(),
        c.enterpriseCode(),
        c.enterpriseName(),
        c.parkCode(),
        c.parkName(),
        c.industry(),
        c.liaisonId(),
        names.get(c.liaisonId()),
        c.status(),
        label(c.status(), CandidateStatus.class),
        c.stage(),
        label(c.stage(), CandidateStage.class),
        c.closingReason(),
        c.nominatedAt(),
        c.approvedAt(),
        c.closedAt(),
        open.stream()
            .map(
                h -> {
                  LocalDateTime due =
                      h.task().getDueDate() == null
                          ? null
                          : EngineClock.toLocal(h.task().getDueDate());
                  return new CandidateRecordView.OpenTask(
                      h.task().getId(),
                      h.task().getName(),
                      h.holder(),
                      due,
                      OverdueFlag.of(due, now, properties.reviewDue()));
                })
            .toList(),
        pairings.stream()
            .map(
                p ->
                    new CandidateRecordView.Pairing(
                        p.role(),
                        "MENTOR".equals(p.role()) ? "结对帮带党员" : "园区考察专人",
                        p.personName(),
                        p.phone(),
                        names.get(p.namedBy()),
                        p.namedAt()))
            .toList(),
        inspections.stream()
            .map(
                i ->
                    new CandidateRecordView.Inspection(
                        i.periodNo(),
                        i.inspectionDate(),
                        i.conduct(),
                        i.work(),
                        i.study(),
                        i.opinion(),
                        label(i.opinion(), InspectionOpinion.class),
                        names.get(i.recordedBy()),
                        i.recordedAt()))
            .toList(),
        stages);
  }

  /**
   * Every step of the case, oldest first, with the actor's real name and how long the step took.
   *
   * @throws ApiException 404 when there is no such case, 403 when the caller may not see it
   */
  public List<TimelineView> timeline(String recordNo) {
    Candidate candidate = candidates.findByRecordNo(recordNo);
    if (candidate == null) {
      throw ApiException.notFound("记录号 " + recordNo + " 不存在。");
    }
    checkVisible(candidate.enterpriseCode());
    List<TimelineEntry> steps = candidates.findSteps(recordNo);
    // steps stored before version 10.1 have no name: read today's
    Map<String, String> names =
        userNames.of(
            steps.stream().filter(s -> s.actorName() == null).map(TimelineEntry::actor).toList());
    List<TimelineView> timeline =
        steps.stream()
            .map(
                s ->
                    new TimelineView(
                        s.step(),
                        ReviewStep.valueOf(s.step()).label(),
                        s.actor(),
                        s.actorName() != null ? s.actorName() : names.get(s.actor()),
                        s.decidedAt(),
                        s.decision(),
                        decisionLabel(s.decision()),
                        s.comment(),
                        s.startedAt(),
                        s.dueAt(),
                        durationDays(s),
                        s.dueAt() != null && s.decidedAt().isAfter(s.dueAt())))
            .collect(Collectors.toCollection(ArrayList::new));
    // after the hand-over (DOMAIN §6): the member-development steps of the same record
    timeline.addAll(
        developmentTimeline.steps(recordNo).stream()
            .map(
                s ->
                    new TimelineView(
                        s.step(),
                        s.stepLabel(),
                        s.actor(),
                        s.actorName(),
                        s.at(),
                        s.decision(),
                        s.decisionLabel(),
                        s.summary(),
                        s.startedAt(),
                        s.dueAt(),
                        s.startedAt() == null
                            ? null
                            : Math.round(
                                    Duration.between(s.startedAt(), s.at()).toMinutes() / 144.0)
                                / 10.0,
                        s.dueAt() != null && s.at().isAfter(s.dueAt())))
            .toList());
    return timeline;
  }

  private void checkVisible(String enterpriseCode) {
    List<String> visible = access.visibleEnterprises();
    if (visible != null && !visible.contains(enterpriseCode)) {
      throw ApiException.forbidden("无权查看该培养对象的记录。");
    }
  }

  private static Double durationDays(TimelineEntry s) {
    Long minutes = s.durationMinutes();
    if (minutes == null && s.startedAt() != null) {
      minutes = Duration.between(s.startedAt(), s.decidedAt()).toMinutes();
    }
    return minutes == null ? null : Math.round(minutes / 144.0) / 10.0;
  }

  private static CandidateRecordView.StageReached stage(CandidateStage stage, LocalDateTime at) {
    return new CandidateRecordView.StageReached(stage.name(), stage.label(), at);
  }

  /** {@code value} if it names a constant of {@code type}; else 400 listing the allowed values. */
  static <E extends Enum<E>> String oneOf(String parameter, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    E[] constants = type.getEnumConstants();
    if (Arrays.stream(constants).noneMatch(c -> c.name().equals(value))) {
      throw ApiException.badRequest(
          "参数 "
              + parameter
              + " 无效，可选值："
              + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining("、"))
              + "。");
    }
    return value;
  }

  /** {@code value} as a {@code yyyy-MM-dd} date, or 400. */
  static LocalDate date(String parameter, String value) {
    if (value == null) {
      return null;
    }
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("pattern", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("参数 " + parameter + " 不是有效日期，格式为 yyyy-MM-dd。");
    }
  }

  /** A LIKE pattern matching names that start with {@code prefix} (escape character {@code !}). */
  private static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  @SafeVarargs
  static String label(String name, Class<? extends Labelled>... types) {
    return name == null ? null : Labelled.labelOf(name, types).orElse(name);
  }

  private static String decisionLabel(String decision) {
    return label(
        decision,
        ReviewDecision.class,
        InspectionOpinion.class,
        MaturityDecision.class,
        DevelopmentStage.class);
  }

  private static Map<String, String> sortColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("recordNo", "c.record_no");
    columns.put("candidateName", "c.candidate_name");
    columns.put("nominatedAt", "c.nominated_at");
    columns.put("approvedAt", "c.approved_at");
    columns.put("enterpriseCode", "c.enterprise_code");
    columns.put("parkCode", "c.park_code");
    columns.put("status", ordinalOf("c.status", CandidateStatus.values()));
    columns.put("stage", ordinalOf("c.stage", CandidateStage.values()));
    return java.util.Collections.unmodifiableMap(columns);
  }

  /** A CASE expression ordering {@code column} by the enum's order (constant SQL, no input). */
  private static String ordinalOf(String column, Enum<?>[] constants) {
    StringBuilder sql = new StringBuilder("CASE ").append(column);
    for (Enum<?> constant : constants) {
      sql.append(" WHEN '").append(constant.name()).append("' THEN ").append(constant.ordinal());
    }
    return sql.append(" END").toString();
  }
}
