package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates the {@code memberDevelopment} model asks for in its expressions ({@code
 * ${memberDevelopmentSchedule.talkDue(applicationDate)}}), from {@link
 * MemberDevelopmentProperties}. A step due "within a period of" a day is due at the end of the
 * period's last day (the start of the next day, application zone).
 */
@Component("memberDevelopmentSchedule")
public class MemberDevelopmentSchedule {

  private final MemberDevelopmentProperties properties;

  public MemberDevelopmentSchedule(MemberDevelopmentProperties properties) {
    this.properties = properties;
  }

  /**
   * Due date of the talk with an applicant: {@code talk-due} (one month, 细则 第七条) after the
   * application day.
   *
   * @param applicationDate {@code yyyy-MM-dd} or a date
   */
  public Date talkDue(Object applicationDate) {
    return endOf(FormValues.dateOrNull(applicationDate).plus(properties.talkDue()));
  }

  /**
   * Due date of the higher committee's approval: {@code approval-due} (three months, 细则 第二十九条,
   * 第三十六条) after the branch general meeting.
   *
   * @param meetingDate {@code yyyy-MM-dd} or a date
   */
  public Date approvalDue(Object meetingDate) {
    return endOf(FormValues.dateOrNull(meetingDate).plus(properties.approvalDue()));
  }

  /**
   * Follow-up date of the talk: the instant its light turns red, one more {@code talk-due} after
   * {@link #talkDue} (DOMAIN §1.7, {@link OverdueFlag#redAt}). The Tasklist filter 发展党员红灯 and the
   * supervision read it.
   *
   * @param applicationDate {@code yyyy-MM-dd} or a date
   */
  public Date talkRed(Object applicationDate) {
    return redAt(talkDue(applicationDate), properties.talkDue());
  }

  /**
   * Follow-up date of an approval: the instant its light turns red, one more {@code approval-due}
   * after {@link #approvalDue} (DOMAIN §1.7, {@link OverdueFlag#redAt}).
   *
   * @param meetingDate {@code yyyy-MM-dd} or a date
   */
  public Date approvalRed(Object meetingDate) {
    return redAt(approvalDue(meetingDate), properties.approvalDue());
  }

  private static Date redAt(Date due, Period period) {
    return EngineClock.toDate(OverdueFlag.redAt(EngineClock.toLocal(due), period));
  }

  /** Timer cycle of the half-yearly inspections, e.g. {@code R/P6M} (细则 第十一条, 第三十三条). */
  public String inspectionCycle() {
    return "R/" + properties.inspectionPeriod();
  }

  /** The instant a step due on {@code day} becomes overdue: the start of the next day. */
  static Date endOf(LocalDate day) {
    return EngineClock.toDate(day.plusDays(1).atStartOfDay());
  }
}
