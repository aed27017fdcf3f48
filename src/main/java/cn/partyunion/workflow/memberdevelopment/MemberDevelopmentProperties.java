package cn.partyunion.workflow.memberdevelopment;

import java.time.DayOfWeek;
import java.time.Period;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statutory timings of the member-development procedure ({@code
 * partyunion.member-development.*}, DOMAIN §6, 《中国共产党发展党员工作细则》 2014).
 *
 * @param minimumAgeYears age in whole years on the application day (第五条, 18)
 * @param talkDue the branch talks with an applicant within this time of the application (第七条, one
 *     month); yellow light after it, red after twice it
 * @param minimumActivistPeriod time as activist before becoming development target (第十三条, one year)
 * @param inspectionPeriod inspection of an activist and of a probationary member (第十一条, 第三十三条,
 *     every six months)
 * @param maximumCultivationContacts cultivation contacts per activist, at least one (第九条, two)
 * @param introducers introducers of a development target (第十四条, two)
 * @param minimumTrainingDays concentrated training in days (第二十一条, three) …
 * @param minimumTrainingHours … or in class hours (第二十一条, 24)
 * @param minimumPublicityWorkingDays publicity of a development target (第二十二条, five working days)
 * @param workingDays the days of the week that count as working days (Monday–Friday)
 * @param approvalDue the higher committee approves within this time of the branch general meeting
 *     (第二十九条, 第三十六条, three months)
 * @param probation the probation from the admission meeting (第三十二条, one year)
 * @param minimumExtensionMonths shortest extension of the probation (第三十二条, six months)
 * @param maximumExtensionMonths longest extension (第三十二条, twelve months)
 * @param maximumExtensions extensions allowed (第三十二条, one)
 */
@ConfigurationProperties("partyunion.member-development")
public record MemberDevelopmentProperties(
    @DefaultValue("18") int minimumAgeYears,
    @DefaultValue("P1M") Period talkDue,
    @DefaultValue("P1Y") Period minimumActivistPeriod,
    @DefaultValue("P6M") Period inspectionPeriod,
    @DefaultValue("2") int maximumCultivationContacts,
    @DefaultValue("2") int introducers,
    @DefaultValue("3") int minimumTrainingDays,
    @DefaultValue("24") int minimumTrainingHours,
    @DefaultValue("5") int minimumPublicityWorkingDays,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        Set<DayOfWeek> workingDays,
    @DefaultValue("P3M") Period approvalDue,
    @DefaultValue("P1Y") Period probation,
    @DefaultValue("6") int minimumExtensionMonths,
    @DefaultValue("12") int maximumExtensionMonths,
    @DefaultValue("1") int maximumExtensions) {

  /** The statutory defaults (tests, the demo history's plans). */
  public static MemberDevelopmentProperties defaults() {
    return new MemberDevelopmentProperties(
        18,
        Period.ofMonths(1),
        Period.ofYears(1),
        Period.ofMonths(6),
        2,
        2,
        3,
        24,
        5,
        Set.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY),
        Period.ofMonths(3),
        Period.ofYears(1),
        6,
        12,
        1);
  }
}
