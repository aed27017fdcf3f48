package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.DEPUTY_SECRETARY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_DATE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_STARTS_AT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.RATERS;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORTING_UNITS;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_DUE_AT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_REMINDER_AT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.YEAR;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code reviewMeeting} (DOMAIN §2.1): checks the organizer's start form, fills
 * in the defaults and stores the meeting, its rater panel and one pending report per unit.
 *
 * <p>Reads {@code year} (integer), {@code meetingDate} ({@code yyyy-MM-dd}), {@code reportingUnits}
 * (unit codes; absent or empty = every registered unit), {@code raters} (user ids; absent = every
 * member of {@code hhrater}), {@code deputySecretary} (user id; absent = the one member of {@code
 * hhdeputy}). Sets {@code meetingId}, the normalized {@code reportingUnits}, {@code raters}, {@code
 * deputySecretary}, and the dates {@code reportDueAt}, {@code reportReminderAt}, {@code
 * meetingStartsAt} that the report stage's timers use.
 *
 * @throws FormValidationException (nothing is stored) for a meeting date in the past or too near
 *     for the report deadline, a year other than the meeting's or the one before, an unknown or
 *     duplicate unit, an empty panel or one without both workers and managers, a panel below {@code
 *     minimum-panel-size}, a rater outside {@code hhrater} or in both panels, a deputy secretary
 *     outside {@code hhdeputy}, or a second meeting for a year whose meeting is still open
 */
@Component("prepareMeetingListener")
public class PrepareMeetingListener implements ExecutionListener {

  private final ReviewMeetingMapper mapper;
  private final Identities identities;
  private final ReviewMeetingProperties properties;

  public PrepareMeetingListener(
      ReviewMeetingMapper mapper, Identities identities, ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.identities = identities;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    int year = FormValues.integer(execution.getVariable(YEAR), "评议年度");
    LocalDate meetingDate = FormValues.date(execution.getVariable(MEETING_DATE), "会议日期");
    if (meetingDate.isBefore(now.toLocalDate())) {
      throw new FormValidationException("会议日期 " + meetingDate + " 已过，请选择今天或以后的日期。");
    }
    if (year != meetingDate.getYear() && year != meetingDate.getYear() - 1) {
      throw new FormValidationException("评议年度应为会议日期所在年度或上一年度。");
    }
    LocalDateTime meetingStartsAt = meetingDate.atTime(properties.meetingStartTime());
    LocalDateTime reportDueAt = meetingStartsAt.minus(properties.reportDueBeforeMeeting());
    if (!reportDueAt.isAfter(now)) {
      throw new FormValidationException(
          "会议日期过近：述职报告须在会前 " + properties.reportDueBeforeMeeting().getDays() + " 天提交，请选择更晚的会议日期。");
    }
    List<String> units = reportingUnits(FormValues.ids(execution.getVariable(REPORTING_UNITS)));
    Map<String, Panel> raters = raterPanel(FormValues.ids(execution.getVariable(RATERS)));
    String deputy = deputySecretary(FormValues.text(execution.getVariable(DEPUTY_SECRETARY)));
    if (mapper.countOpenMeetings(year) > 0) {
      throw new FormValidationException(year + " 年度已有一场述职评议会正在进行，须待其结束后再发起新的评议会。");
    }

    mapper.insertMeeting(
        execution.getProcessInstanceId(),
        year,
        meetingDate,
        reportDueAt,
        Actor.current(),
        deputy,
        now);
    long meetingId = mapper.findMeeting(execution.getProcessInstanceId()).id();
    raters.forEach((rater, panel) -> mapper.insertRater(meetingId, rater, panel));
    units.forEach(unit -> mapper.insertPendingReport(meetingId, unit));

    execution.setVariable(MEETING_ID, meetingId);
    execution.setVariable(YEAR, year);
    execution.setVariable(MEETING_DATE, meetingDate.toString());
    execution.setVariable(REPORTING_UNITS, new ArrayList<>(units));
    execution.setVariable(RATERS, new ArrayList<>(raters.keySet()));
    execution.setVariable(DEPUTY_SECRETARY, deputy);
    execution.setVariable(REPORT_DUE_AT, EngineClock.toDate(reportDueAt));
    execution.setVariable(
        REPORT_REMINDER_AT, EngineClock.toDate(reportDueAt.minus(properties.reminderBeforeDue())));
    execution.setVariable(MEETING_STARTS_AT, EngineClock.toDate(meetingStartsAt));
  }

  private List<String> reportingUnits(List<String> requested) {
    Map<String, String> registered = new LinkedHashMap<>();
    mapper.findUnits().forEach(unit -> registered.put(unit.unitCode(), unit.unitName()));
    if (requested == null || requested.isEmpty()) {
      if (registered.isEmpty()) {
        throw new FormValidationException("尚未登记任何述职单位，请联系管理员。");
      }
      return List.copyOf(registered.keySet());
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String unit : requested) {
      if (!registered.containsKey(unit)) {
        throw new FormValidationException("未登记的述职单位：" + unit + "。");
      }
      if (!seen.add(unit)) {
        throw new FormValidationException("述职单位重复：" + registered.get(unit) + "（" + unit + "）。");
      }
    }
    return List.copyOf(seen);
  }

  private Map<String, Panel> raterPanel(List<String> requested) {
    List<String> raters =
        requested == null ? identities.membersOf(ReviewMeetingRoles.RATER) : requested;
    if (raters.isEmpty()) {
      throw new FormValidationException("评议代表名单不能为空。");
    }
    Map<String, Panel> panel = new LinkedHashMap<>();
    Map<Panel, Integer> sizes = new EnumMap<>(Panel.class);
    for (String rater : raters) {
      if (panel.containsKey(rater)) {
        throw new FormValidationException("评议代表重复：" + rater + "。");
      }
      List<String> groups = identities.groupsOf(rater);
      if (!groups.contains(ReviewMeetingRoles.RATER)) {
        throw new FormValidationException(rater + " 不是评议代表（不在 hhrater 组）。");
      }
      List<Panel> panels =
          List.of(Panel.values()).stream().filter(p -> groups.contains(p.groupId())).toList();
      if (panels.size() != 1) {
        throw new FormValidationException("评议代表 " + rater + " 须且只能属于产业工人代表或企业管理者代表中的一组。");
      }
      panel.put(rater, panels.get(0));
      sizes.merge(panels.get(0), 1, Integer::sum);
    }
    if (sizes.size() < Panel.values().length) {
      throw new FormValidationException("评议组须同时包括产业工人代表和企业管理者代表。");
    }
    requireMinimum(sizes, properties.minimumPanelSize());
    return panel;
  }

  /**
   * Each panel has at least {@code minimum} raters ({@code partyunion.review-meeting
   * .minimum-panel-size}).
   *
   * @throws FormValidationException naming the first panel below it, its size and the minimum
   */
  static void requireMinimum(Map<Panel, Integer> sizes, int minimum) {
    for (Panel panel : Panel.values()) {
      int size = sizes.getOrDefault(panel, 0);
      if (size < minimum) {
        throw new FormValidationException(
            panel.label() + "只有 " + size + " 人：每个评议组至少 " + minimum + " 人。");
      }
    }
  }

  private String deputySecretary(String requested) {
    if (requested == null) {
      List<String> deputies = identities.membersOf(ReviewMeetingRoles.DEPUTY);
      if (deputies.size() != 1) {
        throw new FormValidationException("请指定点评的州委副书记（用户名）。");
      }
      return deputies.get(0);
    }
    if (!identities.groupsOf(requested).contains(ReviewMeetingRoles.DEPUTY)) {
      throw new FormValidationException(requested + " 不是点评的州委副书记（不在 hhdeputy 组）。");
    }
    return requested;
  }
}
