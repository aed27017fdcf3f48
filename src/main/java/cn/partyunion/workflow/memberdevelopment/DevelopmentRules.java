package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.*;

import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Activist;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Approval;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.BranchMeeting;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Conversion;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.DevelopmentTarget;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Inspection;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Oath;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.PoliticalReview;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Publicity;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Talk;
import cn.partyunion.workflow.memberdevelopment.DevelopmentMapper.Training;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The rules of the member-development procedure (DOMAIN §6, 《中国共产党发展党员工作细则》 2014), one method per
 * step: each reads the submitted form values, checks them against the applicant's stored dates and
 * {@code today}, and returns what to store. Every broken rule is listed in one Chinese message
 * naming it.
 *
 * @throws FormValidationException (from every method) when a rule is broken; nothing is stored
 */
class DevelopmentRules {

  private static final int NAME_MAX = 30;
  private static final int TEXT_MAX = 1000;

  private final MemberDevelopmentProperties properties;
  private final WorkingDays workingDays;

  DevelopmentRules(MemberDevelopmentProperties properties) {
    this.properties = properties;
    this.workingDays = new WorkingDays(properties.workingDays());
  }

  /**
   * Age on the application day (细则 第五条: 年满十八岁), application not in the future.
   *
   * @return the refusal, or {@code null}
   */
  String refusalOfApplication(LocalDate birthDate, LocalDate applicationDate, LocalDate today) {
    if (applicationDate == null) {
      return "尚未登记递交入党申请书的日期，无法进入发展党员程序（细则 第六条：入党须本人自愿递交书面申请）";
    }
    if (applicationDate.isAfter(today)) {
      return "递交入党申请书日期不能晚于今天";
    }
    if (birthDate != null
        && Period.between(birthDate, applicationDate).getYears() < properties.minimumAgeYears()) {
      return "递交入党申请书时未满" + properties.minimumAgeYears() + "周岁（细则 第五条）";
    }
    return null;
  }

  /** The talk: not before the application, not in the future (细则 第七条; due in one month). */
  Talk talk(Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate talkDate = v.date(TALK_DATE, "谈话日期", true);
    String talker = v.text(TALKER, "谈话人", true, 2, NAME_MAX);
    String record = v.text(TALK_RECORD, "谈话记录", true, 10, TEXT_MAX);
    if (talkDate != null) {
      notBefore(v, talkDate, "谈话日期", applicant.applicationDate(), "递交入党申请书日期");
      notAfterToday(v, talkDate, "谈话日期", today);
    }
    v.throwIfAny();
    return new Talk(applicant.recordNo(), talkDate, talker, record);
  }

  /**
   * The activist decision: recommendation method, date not before the application (细则 第八条), one to
   * {@code maximum-cultivation-contacts} contacts (第九条).
   */
  Activist activist(Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    RecommendationMethod method =
        v.oneOf(RECOMMENDATION_METHOD, "推荐方式", RecommendationMethod.class);
    LocalDate activistDate = v.date(ACTIVIST_DATE, "确定为入党积极分子日期", true);
    List<String> contacts = names(v, values, CULTIVATION_CONTACTS, "培养联系人");
    if (activistDate != null) {
      notBefore(v, activistDate, "确定为入党积极分子日期", applicant.applicationDate(), "递交入党申请书日期");
      notAfterToday(v, activistDate, "确定为入党积极分子日期", today);
    }
    int max = properties.maximumCultivationContacts();
    if (contacts != null && (contacts.isEmpty() || contacts.size() > max)) {
      v.add("培养联系人应为1至" + max + "名正式党员（当前" + contacts.size() + "名，细则 第九条）");
    }
    v.throwIfAny();
    return new Activist(
        applicant.recordNo(), method == null ? null : method.name(), activistDate, contacts);
  }

  /** A filing's optional comment. */
  String filingComment(Map<String, Object> values) {
    Violations v = new Violations(values);
    String comment = v.text(COMMENT, "备案意见", false, 1, TEXT_MAX);
    v.throwIfAny();
    return comment;
  }

  /** A half-yearly inspection (细则 第十一条, 第三十三条): date not in the future, record. */
  Inspection inspection(
      Map<String, Object> values, Applicant applicant, MemberStage stage, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate date = v.date(INSPECTION_DATE, "考察日期", true);
    String record = v.text(INSPECTION_RECORD, "考察情况", true, 10, TEXT_MAX);
    if (date != null) {
      notAfterToday(v, date, "考察日期", today);
    }
    v.throwIfAny();
    return new Inspection(applicant.recordNo(), stage.name(), date, record);
  }

  /**
   * The development-target decision: only after {@code minimum-activist-period} (one year) as
   * activist (细则 第十三条), exactly {@code introducers} (two) introducers (第十四条).
   */
  DevelopmentTarget developmentTarget(
      Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate date = v.date(DEVELOPMENT_TARGET_DATE, "确定为发展对象日期", true);
    List<String> introducers = names(v, values, INTRODUCERS, "入党介绍人");
    if (date != null) {
      LocalDate earliest = earliestDevelopmentTarget(applicant.activistDate());
      if (date.isBefore(earliest)) {
        v.add(
            "确定为发展对象须经过%s以上的培养教育和考察：%s确定为入党积极分子，最早%s可确定为发展对象（细则 第十三条）"
                .formatted(
                    years(properties.minimumActivistPeriod()), applicant.activistDate(), earliest));
      }
      notAfterToday(v, date, "确定为发展对象日期", today);
    }
    int required = properties.introducers();
    if (introducers != null && introducers.size() != required) {
      v.add("发展对象应有" + required + "名正式党员作入党介绍人（当前" + introducers.size() + "名，细则 第十四条）");
    }
    v.throwIfAny();
    return new DevelopmentTarget(applicant.recordNo(), date, introducers);
  }

  /** The first day an activist of {@code activistDate} may become development target. */
  LocalDate earliestDevelopmentTarget(LocalDate activistDate) {
    return activistDate.plus(properties.minimumActivistPeriod());
  }

  /** The political review (细则 第十九、二十条): passed or not, the reason required when not. */
  PoliticalReview politicalReview(Map<String, Object> values, Applicant applicant) {
    Violations v = new Violations(values);
    Boolean passed = bool(v, values, POLITICAL_REVIEW_PASSED, "政治审查结论");
    String comment = v.text(COMMENT, "审查意见", Boolean.FALSE.equals(passed), 1, TEXT_MAX);
    v.throwIfAny();
    return new PoliticalReview(applicant.recordNo(), passed, comment);
  }

  /**
   * The concentrated training: at least {@code minimum-training-days} days (three) or {@code
   * minimum-training-hours} class hours (24) (细则 第二十一条).
   */
  Training training(Map<String, Object> values, Applicant applicant) {
    Violations v = new Violations(values);
    Integer days = number(v, values, TRAINING_DAYS, "培训天数");
    Integer hours = number(v, values, TRAINING_HOURS, "培训学时");
    v.throwIfAny();
    if (!trainingSuffices(days, hours)) {
      v.add(
          "集中培训时间不少于%d天或%d个学时（当前%s，细则 第二十一条）"
              .formatted(
                  properties.minimumTrainingDays(),
                  properties.minimumTrainingHours(),
                  (days == null ? "未填天数" : days + "天")
                      + "、"
                      + (hours == null ? "未填学时" : hours + "学时")));
    }
    v.throwIfAny();
    return new Training(applicant.recordNo(), days, hours);
  }

  /** Whether {@code days} or {@code hours} (either may be null) reach the minimum. */
  boolean trainingSuffices(Integer days, Integer hours) {
    return (days != null && days >= properties.minimumTrainingDays())
        || (hours != null && hours >= properties.minimumTrainingHours());
  }

  /** The pre-review's opinion (细则 第二十二条). */
  Approval preReview(Map<String, Object> values, Applicant applicant) {
    Violations v = new Violations(values);
    String comment = v.text(COMMENT, "预审意见", true, 1, TEXT_MAX);
    v.throwIfAny();
    return new Approval(applicant.recordNo(), "PRE_REVIEW", null, null, true, comment);
  }

  /**
   * The publicity: at least {@code minimum-publicity-working-days} working days (five) from start
   * to end, both included (细则 第二十二条); objections need a note.
   */
  Publicity publicity(Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate start = v.date(PUBLICITY_START, "公示开始日期", true);
    LocalDate end = v.date(PUBLICITY_END, "公示结束日期", true);
    Boolean objections = bool(v, values, PUBLICITY_OBJECTIONS, "公示期间是否有反映问题");
    String comment = v.text(COMMENT, "反映问题及核实情况", Boolean.TRUE.equals(objections), 1, TEXT_MAX);
    int days = 0;
    if (start != null && end != null) {
      days = workingDays.between(start, end);
      if (end.isBefore(start)) {
        v.add("公示结束日期不能早于开始日期");
      } else if (days < properties.minimumPublicityWorkingDays()) {
        v.add(
            "公示期不少于%d个工作日（%s至%s只有%d个工作日，细则 第二十二条）"
                .formatted(properties.minimumPublicityWorkingDays(), start, end, days));
      }
      notAfterToday(v, end, "公示结束日期", today);
    }
    v.throwIfAny();
    return new Publicity(applicant.recordNo(), start, end, days, objections, comment);
  }

  /** Working days from {@code start} to {@code end}, both included. */
  int workingDaysBetween(LocalDate start, LocalDate end) {
    return workingDays.between(start, end);
  }

  /**
   * The branch general meeting on the admission (细则 第二十四至二十六条): the volunteer form filled in before
   * it, the meeting not before the publicity's end nor in the future, quorum and majority ({@link
   * BranchMeetingVote}).
   */
  BranchMeeting admissionMeeting(
      Map<String, Object> values, Applicant applicant, LocalDate publicityEnd, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate form = v.date(VOLUNTEER_FORM_DATE, "填写入党志愿书日期", true);
    LocalDate meeting = v.date(MEETING_DATE, "支部大会日期", true);
    if (meeting != null) {
      notBefore(v, meeting, "支部大会日期", publicityEnd, "公示结束日期");
      notAfterToday(v, meeting, "支部大会日期", today);
      if (form != null) {
        notBefore(v, meeting, "支部大会日期", form, "填写入党志愿书日期");
      }
    }
    return meeting(v, values, applicant, "ADMISSION", form, meeting);
  }

  /**
   * The branch general meeting on the conversion (细则 第三十四、三十五条): after the conversion application,
   * not before the probation's end (one year after the admission meeting, plus an extension), same
   * vote rules.
   */
  BranchMeeting conversionMeeting(
      Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate application = v.date(CONVERSION_APPLICATION_DATE, "转正申请日期", true);
    LocalDate meeting = v.date(MEETING_DATE, "支部大会日期", true);
    if (meeting != null) {
      if (meeting.isBefore(applicant.probationEnd())) {
        v.add("预备期至%s届满，届满前不能讨论转正（细则 第三十二条）".formatted(applicant.probationEnd()));
      }
      notAfterToday(v, meeting, "支部大会日期", today);
      if (application != null) {
        notBefore(v, meeting, "支部大会日期", application, "转正申请日期");
      }
    }
    return meeting(v, values, applicant, "CONVERSION", application, meeting);
  }

  private BranchMeeting meeting(
      Violations v,
      Map<String, Object> values,
      Applicant applicant,
      String purpose,
      LocalDate formDate,
      LocalDate meetingDate) {
    Integer voting = number(v, values, MEMBERS_WITH_VOTING_RIGHTS, "应到会有表决权的正式党员人数");
    Integer present = number(v, values, MEMBERS_PRESENT, "实到会有表决权的正式党员人数");
    Integer votesFor = number(v, values, VOTES_FOR, "赞成票");
    Integer against = number(v, values, VOTES_AGAINST, "反对票");
    Integer abstentions = number(v, values, ABSTENTIONS, "弃权票");
    if (voting == null || present == null || votesFor == null) {
      requirePresent(v, voting, "应到会有表决权的正式党员人数");
      requirePresent(v, present, "实到会有表决权的正式党员人数");
      requirePresent(v, votesFor, "赞成票");
      v.throwIfAny();
    }
    BranchMeetingVote vote =
        new BranchMeetingVote(
            voting,
            present,
            votesFor,
            against == null ? 0 : against,
            abstentions == null ? 0 : abstentions);
    vote.violations().forEach(v::add);
    v.throwIfAny();
    return new BranchMeeting(
        applicant.recordNo(),
        purpose,
        formDate,
        meetingDate,
        vote.membersWithVotingRights(),
        vote.membersPresent(),
        vote.votesFor(),
        vote.votesAgainst(),
        vote.abstentions());
  }

  /**
   * The higher committee's approval of the admission: a talk by its appointee before it (细则 第二十八条),
   * after the meeting, the reason required when not approved (第二十九条; due within three months).
   */
  Approval admissionApproval(
      Map<String, Object> values, Applicant applicant, LocalDate meetingDate, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate talk = v.date(COMMITTEE_TALK_DATE, "上级党委派人谈话日期", true);
    String talker = v.text(COMMITTEE_TALKER, "谈话人", true, 2, NAME_MAX);
    Boolean approved = bool(v, values, APPROVED, "审批结论");
    String comment = v.text(COMMENT, "审批意见", Boolean.FALSE.equals(approved), 1, TEXT_MAX);
    if (talk != null) {
      notBefore(v, talk, "谈话日期", meetingDate, "支部大会日期");
      notAfterToday(v, talk, "谈话日期", today);
    }
    v.throwIfAny();
    return new Approval(applicant.recordNo(), "ADMISSION", talk, talker, approved, comment);
  }

  /** The oath (细则 第三十一条) not before the admission meeting, and the party group (第三十二条). */
  Oath oath(Map<String, Object> values, Applicant applicant, LocalDate today) {
    Violations v = new Violations(values);
    LocalDate date = v.date(OATH_DATE, "入党宣誓日期", true);
    String group = v.text(PARTY_GROUP, "编入党小组", true, 2, 50);
    if (date != null) {
      notBefore(v, date, "入党宣誓日期", applicant.admissionMeetingDate(), "接收预备党员的支部大会日期");
      notAfterToday(v, date, "入党宣誓日期", today);
    }
    v.throwIfAny();
    return new Oath(applicant.recordNo(), date, group);
  }

  /**
   * The higher committee's decision on the conversion (细则 第三十四、三十六条): convert, extend by {@code
   * minimum-extension-months}–{@code maximum-extension-months} (6–12) months at most {@code
   * maximum-extensions} (one) time, or cancel; a comment unless converted.
   */
  Conversion conversion(Map<String, Object> values, Applicant applicant) {
    Violations v = new Violations(values);
    ConversionDecision decision = v.oneOf(CONVERSION_DECISION, "审批结论", ConversionDecision.class);
    String comment =
        v.text(
            COMMENT,
            "审批意见",
            decision != null && decision != ConversionDecision.CONVERT,
            1,
            TEXT_MAX);
    Integer months = null;
    LocalDate probationEnd = applicant.probationEnd();
    if (decision == ConversionDecision.EXTEND) {
      months = number(v, values, EXTENSION_MONTHS, "延长预备期月数");
      int min = properties.minimumExtensionMonths();
      int max = properties.maximumExtensionMonths();
      if (months == null) {
        requirePresent(v, null, "延长预备期月数");
      } else if (months < min || months > max) {
        v.add("延长预备期不能少于%d个月，最长不超过%d个月（细则 第三十二条）".formatted(min, max));
      } else {
        probationEnd = probationEnd.plusMonths(months);
      }
      if (applicant.extensions() >= properties.maximumExtensions()) {
        v.add("预备期只能延长一次，已延长过（细则 第三十二条）");
      }
    }
    v.throwIfAny();
    return new Conversion(applicant.recordNo(), decision.name(), months, probationEnd, comment);
  }

  /** The archive (细则 第三十八条): confirmed. */
  void archive(Map<String, Object> values) {
    Violations v = new Violations(values);
    Boolean archived = bool(v, values, ARCHIVED, "材料归档");
    if (archived != null && !archived) {
      v.add("请确认入党材料已归档后再提交（细则 第三十八条）");
    }
    v.throwIfAny();
  }

  /** The end of the probation that starts with the admission meeting (细则 第三十二条: one year). */
  LocalDate probationEnd(LocalDate admissionMeetingDate) {
    return admissionMeetingDate.plus(properties.probation());
  }

  // ---- readers ----------------------------------------------------------------------------------

  private static void notBefore(
      Violations v, LocalDate date, String label, LocalDate earliest, String earliestLabel) {
    if (earliest != null && date.isBefore(earliest)) {
      v.add(label + "不能早于" + earliestLabel + "（" + earliest + "）");
    }
  }

  private static void notAfterToday(Violations v, LocalDate date, String label, LocalDate today) {
    if (date.isAfter(today)) {
      v.add(label + "不能晚于今天");
    }
  }

  private static void requirePresent(Violations v, Integer value, String label) {
    if (value == null) {
      v.add(label + "为必填项");
    }
  }

  private static Integer number(
      Violations v, Map<String, Object> values, String name, String label) {
    if (FormValues.text(values.get(name)) == null) {
      return null;
    }
    try {
      int n = FormValues.integer(values.get(name), label);
      if (n < 0) {
        v.add(label + "不能为负数");
      }
      return n;
    } catch (FormValidationException e) {
      v.add(e.getMessage().replaceAll("。$", ""));
      return null;
    }
  }

  private static Boolean bool(Violations v, Map<String, Object> values, String name, String label) {
    try {
      Boolean value = FormValues.bool(values.get(name), label);
      if (value == null) {
        v.add(label + "为必填项");
      }
      return value;
    } catch (FormValidationException e) {
      v.add(e.getMessage().replaceAll("。$", ""));
      return null;
    }
  }

  /** Names separated by 、, commas or blanks, each 2–30 characters; null when missing. */
  private static List<String> names(
      Violations v, Map<String, Object> values, String name, String label) {
    List<String> names;
    try {
      names = FormValues.ids(values.get(name));
    } catch (FormValidationException e) {
      v.add(e.getMessage().replaceAll("。$", ""));
      return null;
    }
    if (names == null) {
      v.add(label + "为必填项");
      return null;
    }
    for (String each : names) {
      if (each.codePointCount(0, each.length()) < 2 || each.length() > NAME_MAX) {
        v.add(label + "姓名“" + each + "”应为2–" + NAME_MAX + "个字符");
      }
    }
    return names.stream().distinct().toList();
  }

  private static String years(Period period) {
    return period.getYears() > 0 && period.getMonths() == 0
        ? (period.getYears() == 1 ? "一年" : period.getYears() + "年")
        : period.toTotalMonths() + "个月";
  }
}
