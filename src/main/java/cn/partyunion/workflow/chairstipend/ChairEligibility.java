package cn.partyunion.workflow.chairstipend;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * Seed 001's eligibility rule for a quarter, judged on the quarter's last day (DOMAIN §3): in
 * office and on the job (在岗在职), not on a public payroll (非公编制), and either a standalone union
 * (单独建会) with at least {@code standaloneMinMembers} (200) members or a smaller union directly under
 * a town/street/park union (直属). The fourth condition, a passed assessment, is applied later by the
 * process.
 *
 * <p>Months in office: a calendar month of the quarter counts when the chair was in office on that
 * month's last day (our default reading of seed 001's "每月发放"; a chair who takes office on 15 August
 * is paid for August and September of Q3, one who takes office on 1 October is not in office on
 * Q3's last day and thus not eligible for Q3).
 */
@Component
public class ChairEligibility {

  private final int standaloneMinMembers;

  public ChairEligibility(ChairStipendProperties properties) {
    this.standaloneMinMembers = properties.standaloneMinMembers();
  }

  /**
   * The verdict for one chair in one quarter.
   *
   * @return eligible with months 1–3, or not eligible with the first failed condition's reason (and
   *     months 0)
   */
  public Verdict judge(Chair chair, Quarter quarter) {
    if (!chair.inOffice()) {
      return Verdict.refused(IneligibilityReason.NOT_IN_OFFICE);
    }
    if (!inOfficeOn(chair, quarter.lastDay())) {
      return Verdict.refused(IneligibilityReason.NOT_IN_OFFICE_ON_QUARTER_END);
    }
    if (chair.onPublicPayroll()) {
      return Verdict.refused(IneligibilityReason.ON_PUBLIC_PAYROLL);
    }
    boolean large = chair.unionMembers() >= standaloneMinMembers;
    if (large && !chair.standaloneUnion()) {
      return Verdict.refused(IneligibilityReason.LARGE_UNION_NOT_STANDALONE);
    }
    if (!large && !chair.directlyUnderTown()) {
      return Verdict.refused(IneligibilityReason.SMALL_UNION_NOT_DIRECT);
    }
    return new Verdict(true, null, monthsInOffice(chair, quarter));
  }

  /** The Chinese text of {@code reason} with this configuration's member threshold. */
  public String text(IneligibilityReason reason) {
    return reason.text(standaloneMinMembers);
  }

  /** Months (0–3) of the quarter whose last day lies inside the chair's term. */
  static int monthsInOffice(Chair chair, Quarter quarter) {
    return (int)
        quarter.months().stream()
            .map(YearMonth::atEndOfMonth)
            .filter(day -> inOfficeOn(chair, day))
            .count();
  }

  private static boolean inOfficeOn(Chair chair, LocalDate day) {
    return !chair.officeStart().isAfter(day)
        && (chair.officeEnd() == null || !chair.officeEnd().isBefore(day));
  }

  /**
   * @param eligible on the roster
   * @param reason why not, null when eligible
   * @param months months in office inside the quarter (0 when not eligible)
   */
  public record Verdict(boolean eligible, IneligibilityReason reason, int months) {
    static Verdict refused(IneligibilityReason reason) {
      return new Verdict(false, reason, 0);
    }
  }
}
