package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The records of a quarter's stipend round: opening the quarter (once), the roster, the
 * self-reports, the assessments and the payment list. Runs inside the engine's transaction (called
 * from the {@code chairStipend} delegates); every write is idempotent, so a retried job writes
 * nothing twice.
 */
@Service
public class QuarterRoster {

  private final QuarterMapper mapper;
  private final ChairRegisterMapper chairs;
  private final ChairEligibility eligibility;
  private final ChairStipendProperties properties;

  public QuarterRoster(
      QuarterMapper mapper,
      ChairRegisterMapper chairs,
      ChairEligibility eligibility,
      ChairStipendProperties properties) {
    this.mapper = mapper;
    this.chairs = chairs;
    this.eligibility = eligibility;
    this.properties = properties;
  }

  /**
   * Opens {@code quarterText} for the instance {@code processInstanceId}.
   *
   * @return the parsed quarter
   * @throws FormValidationException (Chinese message) when the text is not like {@code 2026Q3}, the
   *     quarter has not ended yet, or the quarter is open or approved already
   */
  public Quarter open(String quarterText, String processInstanceId) {
    Quarter quarter;
    try {
      quarter = Quarter.parse(quarterText);
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(e.getMessage());
    }
    if (!quarter.hasEndedBy(today())) {
      throw new FormValidationException(
          "%s 尚未结束（季度最后一天为 %s），季度结束后才能发起津贴考核。".formatted(quarter, quarter.lastDay()));
    }
    String key = quarter.toString();
    QuarterRecord existing = mapper.findQuarter(key);
    if (existing == null) {
      try {
        mapper.insertQuarter(key, processInstanceId, EngineClock.current());
      } catch (DuplicateKeyException e) {
        throw alreadyOpen(quarter);
      }
    } else if (QuarterStatus.CANCELLED.name().equals(existing.status())) {
      mapper.deleteRoster(key);
      mapper.reopenQuarter(key, processInstanceId, EngineClock.current());
    } else if (QuarterStatus.APPROVED.name().equals(existing.status())) {
      throw new FormValidationException("%s 的津贴发放名单已审批，同一季度不能重复发放。".formatted(quarter));
    } else {
      throw alreadyOpen(quarter);
    }
    return quarter;
  }

  private static FormValidationException alreadyOpen(Quarter quarter) {
    return new FormValidationException("%s 的工会主席津贴考核已在进行中，不能重复发起。".formatted(quarter));
  }

  /**
   * Puts the next page of registered chairs on the quarter's roster, eligible or not with the
   * reason: the {@code roster-page-size} chairs after {@code afterChairId} in chair-id order, in
   * one statement. Insert-if-absent: chairs already on the roster are left as they are, so a page
   * run twice writes nothing twice.
   *
   * @param afterChairId the last chair id of the previous page; null for the first page
   * @return the last chair id of this page, and whether the register has no chair after it
   */
  public RosterPage buildRosterPage(Quarter quarter, String afterChairId) {
    String key = quarter.toString();
    List<Chair> page = chairs.page(afterChairId, properties.rosterPageSize());
    if (page.isEmpty()) {
      return new RosterPage(afterChairId, true);
    }
    String last = page.get(page.size() - 1).chairId();
    Set<String> present =
        new HashSet<>(mapper.rosterChairIdsBetween(key, page.get(0).chairId(), last));
    List<RosterEntry> absent =
        page.stream()
            .filter(chair -> !present.contains(chair.chairId()))
            .map(chair -> rosterEntry(key, chair, eligibility.judge(chair, quarter)))
            .toList();
    if (!absent.isEmpty()) {
      mapper.insertRoster(absent, EngineClock.current());
    }
    return new RosterPage(last, page.size() < properties.rosterPageSize());
  }

  /**
   * One page of the roster.
   *
   * @param lastChairId the cursor for the next page
   * @param complete true when the register holds no chair after this page
   */
  public record RosterPage(String lastChairId, boolean complete) {}

  /**
   * Puts every registered chair on the quarter's roster, page by page in the caller's transaction
   * (a test's and the demo history's shortcut; the process runs {@link #buildRosterPage} one page
   * per job).
   */
  public void buildRoster(Quarter quarter) {
    RosterPage page = new RosterPage(null, false);
    while (!page.complete()) {
      page = buildRosterPage(quarter, page.lastChairId());
    }
  }

  /**
   * The next {@code roster-page-size} chairs of the quarter that wait for their self-report or
   * assessment and have no {@code chairStipendChair} instance noted yet, ordered by chair id.
   */
  public List<String> chairsWithoutInstance(String quarter) {
    return mapper.chairIdsWithoutInstance(quarter, properties.rosterPageSize());
  }

  /** Chairs per page of the roster and of the chair instances started at once. */
  public int pageSize() {
    return properties.rosterPageSize();
  }

  /** Eligible chairs on the quarter's roster. */
  public int eligibleCount(String quarter) {
    return mapper.countEligible(quarter);
  }

  private RosterEntry rosterEntry(String quarter, Chair chair, ChairEligibility.Verdict verdict) {
    return new RosterEntry(
        quarter,
        chair.chairId(),
        chair.name(),
        chair.enterpriseName(),
        chair.townUnitCode(),
        chair.unionMembers(),
        verdict.eligible(),
        verdict.eligible() ? null : eligibility.text(verdict.reason()),
        verdict.months(),
        null,
        null,
        null,
        null,
        null,
        null,
        (verdict.eligible() ? RosterStatus.AWAITING_SELF_REPORT : RosterStatus.INELIGIBLE).name());
  }

  /** The chair's roster row. @throws IllegalStateException when the chair is not on it */
  public RosterEntry entry(String quarter, String chairId) {
    RosterEntry entry = mapper.findRoster(quarter, chairId);
    if (entry == null) {
      throw new IllegalStateException("Chair " + chairId + " is not on the roster of " + quarter);
    }
    return entry;
  }

  /**
   * Stores the self-report: the chair waits for the assessment.
   *
   * @param dutiesSummary the summary as submitted (trimmed; null when absent or blank)
   * @throws FormValidationException when the summary has fewer than {@code
   *     min-duties-summary-length} (default 20) characters (DOMAIN §3)
   */
  public void recordSelfReport(String quarter, String chairId, String dutiesSummary) {
    String summary = dutiesSummary == null ? "" : dutiesSummary;
    int length = summary.codePointCount(0, summary.length());
    if (length < properties.minDutiesSummaryLength()) {
      throw new FormValidationException(
          "履职述职不少于 %d 字（当前 %d 字）。".formatted(properties.minDutiesSummaryLength(), length));
    }
    mapper.recordSelfReport(quarter, chairId, summary, EngineClock.current());
  }

  /**
   * Notes each chair's {@code chairStipendChair} instance on its line of the quarter, in one
   * statement (the open task's link; a chair with an instance noted is not started again).
   *
   * @param instances chair id → process instance id, not empty
   */
  public void recordInstances(String quarter, Map<String, String> instances) {
    mapper.recordInstances(quarter, instances);
  }

  /** The deadline passed: no stipend this quarter, reason stored. */
  public void recordNoSelfReport(String quarter, String chairId) {
    mapper.recordNoSelfReport(
        quarter,
        chairId,
        eligibility.text(IneligibilityReason.NO_SELF_REPORT),
        EngineClock.current());
  }

  /**
   * Stores the assessment and the amounts: quarter amount = monthly amount × months in office. An
   * {@link AssessmentGrade#FAIL} grade pays nothing and records "assessment not passed".
   *
   * @param monthlyAmount yuan per month from DMN {@code chairStipendAmount}
   * @throws IllegalStateException when a passed grade's monthly amount lies outside {@code
   *     min-monthly-amount}–{@code max-monthly-amount} (seed 001: 120–350 yuan): the DMN table is
   *     misconfigured, the job fails and shows as an incident
   */
  public RosterEntry recordAssessment(
      String quarter, String chairId, int score, String comment, String grade, int monthlyAmount) {
    RosterEntry entry = entry(quarter, chairId);
    boolean failed = AssessmentGrade.FAIL.name().equals(grade);
    if (!failed
        && (monthlyAmount < properties.minMonthlyAmount()
            || monthlyAmount > properties.maxMonthlyAmount())) {
      throw new IllegalStateException(
          "DMN chairStipendAmount gave "
              + monthlyAmount
              + " yuan per month for grade "
              + grade
              + ", outside "
              + properties.minMonthlyAmount()
              + "–"
              + properties.maxMonthlyAmount());
    }
    BigDecimal monthly = BigDecimal.valueOf(failed ? 0 : monthlyAmount);
    RosterEntry assessed =
        new RosterEntry(
            quarter,
            chairId,
            entry.chairName(),
            entry.enterpriseName(),
            entry.townUnitCode(),
            entry.unionMembers(),
            !failed,
            failed ? eligibility.text(IneligibilityReason.ASSESSMENT_FAILED) : null,
            entry.months(),
            entry.dutiesSummary(),
            score,
            comment,
            grade,
            monthly,
            monthly.multiply(BigDecimal.valueOf(entry.months())),
            (failed ? RosterStatus.FAILED : RosterStatus.ASSESSED).name());
    mapper.recordAssessment(assessed, EngineClock.current());
    return assessed;
  }

  /**
   * The city union returned the list: every assessed chair goes back to its town union, without an
   * instance until the next page of chair instances starts it.
   */
  public void reopenAssessments(String quarter) {
    mapper.reopenAssessments(quarter, EngineClock.current());
  }

  /**
   * Chairs whose self-report or assessment is still open in the quarter. Locks the quarter's row
   * first (until the caller's transaction ends), so that of two chairs ending at once the later one
   * counts after the earlier one has committed, and a chair ending while the quarter counts waits
   * until the quarter waits for its message: the last chair's end is never missed.
   */
  public int openCount(String quarter) {
    mapper.lockQuarter(quarter);
    return mapper.countWithStatus(quarter, RosterStatus.AWAITING_SELF_REPORT.name())
        + mapper.countWithStatus(quarter, RosterStatus.AWAITING_ASSESSMENT.name());
  }

  /** Chairs to be paid (ASSESSED) in the quarter. */
  public int payableCount(String quarter) {
    return mapper.countWithStatus(quarter, RosterStatus.ASSESSED.name());
  }

  /** Total yuan of the chairs to be paid in the quarter. */
  public BigDecimal payableTotal(String quarter) {
    return mapper.sumQuarterAmount(quarter, RosterStatus.ASSESSED.name());
  }

  /** Stores the approved payment list (once per chair) and closes the quarter as APPROVED. */
  public void storePayments(String quarter, String approvedBy) {
    LocalDateTime now = EngineClock.current();
    mapper.insertPaymentsIfAbsent(quarter, now);
    mapper.markPaid(quarter, now);
    mapper.approveQuarter(quarter, approvedBy, now);
  }

  /**
   * The instance ended without approval (cancelled): the quarter may be opened again.
   *
   * @return whether this call cancelled it (false: approved, or cancelled already)
   */
  public boolean cancel(String quarter, String processInstanceId) {
    return mapper.cancelQuarter(quarter, processInstanceId) > 0;
  }

  private static LocalDate today() {
    return EngineClock.current().toLocalDate();
  }
}
