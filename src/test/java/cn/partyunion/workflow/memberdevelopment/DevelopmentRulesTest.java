package cn.partyunion.workflow.memberdevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table tests at every boundary of DOMAIN §6 (《中国共产党发展党员工作细则》): age 18 on the application day, the
 * talk due one month after it, one year as activist, 3 days / 24 hours of training, 5 working days
 * of publicity across a weekend, approval due in 3 months, probation of one year, quorum and
 * majority (exactly half is not enough).
 */
class DevelopmentRulesTest {

  private final MemberDevelopmentProperties properties = MemberDevelopmentProperties.defaults();
  private final DevelopmentRules rules = new DevelopmentRules(properties);
  private final MemberDevelopmentSchedule schedule = new MemberDevelopmentSchedule(properties);

  @ParameterizedTest(name = "born {0}, applied {1}: refused {2}")
  @CsvSource({
    "2007-03-10, 2025-03-10, false", // 18 on the day
    "2007-03-11, 2025-03-10, true", // 18 tomorrow
    "2000-01-01, 2025-03-11, true" // application in the future
  })
  void applicantIsEighteenOnTheApplicationDay(LocalDate birth, LocalDate applied, boolean refused) {
    assertThat(rules.refusalOfApplication(birth, applied, LocalDate.of(2025, 3, 10)) != null)
        .isEqualTo(refused);
  }

  @ParameterizedTest(name = "applied {0}: talk due at the start of {1}")
  @CsvSource({"2025-01-03, 2025-02-04", "2025-01-31, 2025-03-01", "2024-01-31, 2024-03-01"})
  void talkIsDueOneMonthAfterTheApplication(String applied, LocalDate overdueFrom) {
    assertThat(local(schedule.talkDue(applied))).isEqualTo(overdueFrom.atStartOfDay());
  }

  @ParameterizedTest(name = "meeting {0}: approval due at the start of {1}")
  @CsvSource({"2026-02-20, 2026-05-21", "2025-11-30, 2026-03-01"})
  void approvalIsDueThreeMonthsAfterTheMeeting(String meeting, LocalDate overdueFrom) {
    assertThat(local(schedule.approvalDue(meeting))).isEqualTo(overdueFrom.atStartOfDay());
  }

  @ParameterizedTest(name = "activist {0}: earliest development target {1}")
  @CsvSource({"2025-01-20, 2026-01-20", "2024-02-29, 2025-02-28"})
  void developmentTargetAfterOneYearAsActivist(LocalDate activist, LocalDate earliest) {
    assertThat(rules.earliestDevelopmentTarget(activist)).isEqualTo(earliest);
  }

  @ParameterizedTest(name = "{0} days, {1} hours: enough {2}")
  @CsvSource({
    "3, , true",
    "2, , false",
    ", 24, true",
    ", 23, false",
    "2, 23, false",
    "2, 24, true",
    ", , false"
  })
  void trainingLastsThreeDaysOrTwentyFourHours(Integer days, Integer hours, boolean enough) {
    assertThat(rules.trainingSuffices(days, hours)).isEqualTo(enough);
  }

  @ParameterizedTest(name = "{0} to {1}: {2} working days")
  @CsvSource({
    "2026-02-06, 2026-02-12, 5", // Friday to Thursday across a weekend
    "2026-02-06, 2026-02-11, 4", // Friday to Wednesday
    "2026-02-09, 2026-02-13, 5", // Monday to Friday
    "2026-02-07, 2026-02-08, 0", // a weekend
    "2026-02-13, 2026-02-12, 0" // end before start
  })
  void publicityCountsWorkingDaysOnly(LocalDate start, LocalDate end, int days) {
    assertThat(rules.workingDaysBetween(start, end)).isEqualTo(days);
  }

  @ParameterizedTest(name = "admitted {0}: probation ends {1}")
  @CsvSource({"2026-02-20, 2027-02-20", "2024-02-29, 2025-02-28"})
  void probationLastsOneYear(LocalDate admitted, LocalDate end) {
    assertThat(rules.probationEnd(admitted)).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0} should attend, {1} present, {2} for: valid {3}")
  @CsvSource({
    "10, 6, 6, true",
    "10, 5, 5, false", // exactly half present: no quorum
    "10, 6, 5, false", // exactly half for: no majority
    "9, 5, 5, true",
    "9, 4, 4, false",
    "1, 1, 1, true",
    "10, 11, 6, false", // more present than should attend
    "0, 0, 0, false"
  })
  void branchMeetingNeedsQuorumAndMajority(int voting, int present, int votesFor, boolean valid) {
    assertThat(new BranchMeetingVote(voting, present, votesFor, 0, 0).violations().isEmpty())
        .isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} for, {1} against, {2} abstaining of 6 present: valid {3}")
  @CsvSource({"6, 0, 0, true", "6, 1, 0, false", "6, 0, 1, false", "7, 0, 0, false"})
  void votesCannotExceedThosePresent(int votesFor, int against, int abstentions, boolean valid) {
    assertThat(new BranchMeetingVote(10, 6, votesFor, against, abstentions).violations().isEmpty())
        .isEqualTo(valid);
  }

  @ParameterizedTest(name = "activist 2025-01-20, development target {0}: refused {1}")
  @CsvSource({"2026-01-19, true", "2026-01-20, false", "2026-03-01, false"})
  void developmentTargetDecisionIsRefusedBeforeOneYearAsActivist(String date, boolean refused) {
    Map<String, Object> values = Map.of("developmentTargetDate", date, "introducers", "李红、周明");
    assertThat(refused(() -> rules.developmentTarget(values, applicant(), TODAY)))
        .isEqualTo(refused);
  }

  @ParameterizedTest(name = "{0} to {1}: refused {2}")
  @CsvSource({
    "2026-02-06, 2026-02-12, false", // Friday to Thursday: 5 working days across a weekend
    "2026-02-06, 2026-02-11, true", // Friday to Wednesday: only 4
    "2026-02-07, 2026-02-13, false", // Saturday to Friday: 5
    "2026-02-07, 2026-02-12, true" // Saturday to Thursday: 4
  })
  void publicityOfFewerThanFiveWorkingDaysIsRefused(String start, String end, boolean refused) {
    Map<String, Object> values =
        Map.of("publicityStart", start, "publicityEnd", end, "publicityObjections", "false");
    assertThat(refused(() -> rules.publicity(values, applicant(), TODAY))).isEqualTo(refused);
  }

  @ParameterizedTest(name = "{0} days, {1} hours: refused {2}")
  @CsvSource({"3, , false", "2, , true", ", 24, false", ", 23, true", "2, 23, true"})
  void trainingShorterThanThreeDaysAndTwentyFourHoursIsRefused(
      String days, String hours, boolean refused) {
    Map<String, Object> values = new HashMap<>();
    if (days != null) {
      values.put("trainingDays", Integer.valueOf(days));
    }
    if (hours != null) {
      values.put("trainingHours", Integer.valueOf(hours));
    }
    assertThat(refused(() -> rules.training(values, applicant()))).isEqualTo(refused);
  }

  @ParameterizedTest(name = "probation ends 2027-02-20, conversion meeting {0}: refused {1}")
  @CsvSource({"2027-02-19, true", "2027-02-20, false", "2027-03-01, false"})
  void conversionMeetingBeforeTheProbationsEndIsRefused(String meeting, boolean refused) {
    Map<String, Object> values = new HashMap<>();
    values.put("conversionApplicationDate", "2027-02-01");
    values.put("meetingDate", meeting);
    values.put("membersWithVotingRights", 10);
    values.put("membersPresent", 8);
    values.put("votesFor", 8);
    assertThat(refused(() -> rules.conversionMeeting(values, probationary(0), LATER)))
        .isEqualTo(refused);
  }

  @ParameterizedTest(name = "extension of {0} months, {1} before: refused {2}")
  @CsvSource({
    "5, 0, true",
    "6, 0, false",
    "9, 0, false",
    "12, 0, false",
    "13, 0, true",
    "6, 1, true", // a second extension
    "12, 1, true"
  })
  void probationIsExtendedOnceBySixToTwelveMonths(int months, int before, boolean refused) {
    Map<String, Object> values =
        Map.of("conversionDecision", "EXTEND", "extensionMonths", months, "comment", "需继续考察");
    assertThat(refused(() -> rules.conversion(values, probationary(before)))).isEqualTo(refused);
  }

  @ParameterizedTest(name = "extension of {0} months: probation ends {1}")
  @CsvSource({"6, 2027-08-20", "12, 2028-02-20"})
  void anExtensionMovesTheProbationsEnd(int months, LocalDate end) {
    Map<String, Object> values =
        Map.of("conversionDecision", "EXTEND", "extensionMonths", months, "comment", "需继续考察");
    assertThat(rules.conversion(values, probationary(0)).probationEnd()).isEqualTo(end);
  }

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final LocalDate LATER = LocalDate.of(2027, 3, 10);

  /** An activist of 2025-01-20 whose publicity ended 2026-02-12. */
  private static Applicant applicant() {
    return applicant(null, null, 0);
  }

  /** A probationary member admitted 2026-02-20 (probation ends 2027-02-20). */
  private static Applicant probationary(int extensions) {
    return applicant(LocalDate.of(2026, 2, 20), LocalDate.of(2027, 2, 20), extensions);
  }

  private static Applicant applicant(LocalDate admitted, LocalDate probationEnd, int extensions) {
    return new Applicant(
        "FZ2025000001",
        "pi",
        Applicant.BRANCH,
        "ent01",
        "park01",
        "branch01",
        "陈晓东",
        "MALE",
        LocalDate.of(2000, 5, 1),
        LocalDate.of(2025, 1, 3),
        admitted == null ? "ACTIVIST" : "PROBATIONARY",
        LocalDate.of(2025, 1, 20),
        null,
        LocalDate.of(2026, 2, 12),
        admitted,
        probationEnd,
        extensions,
        null,
        LocalDateTime.of(2025, 1, 6, 9, 0),
        null);
  }

  /** Whether {@code rule} refuses (a Chinese message naming the rule, 细则 第…条). */
  private static boolean refused(Runnable rule) {
    try {
      rule.run();
      return false;
    } catch (FormValidationException e) {
      assertThat(e.getMessage()).startsWith("请更正以下内容：").contains("细则");
      return true;
    }
  }

  private static LocalDateTime local(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Shanghai"));
  }
}
