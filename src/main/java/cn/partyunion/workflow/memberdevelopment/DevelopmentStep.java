package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.*;

import cn.partyunion.workflow.shared.Labelled;
import java.util.List;

/**
 * The steps of the member-development procedure stored in the 纪实 ({@code md_step}), with the
 * Chinese name the timeline shows, the user task each completes and the form fields it reads (which
 * the storing service task removes again, so that a later form with the same field starts empty).
 */
public enum DevelopmentStep implements Labelled {
  REGISTRATION("党支部登记入党申请人", null),
  HAND_OVER("由信息直报转入发展党员程序", null),
  TALK("派人谈话", TASK_APPLICANT_TALK, TALK_DATE, TALKER, TALK_RECORD),
  ACTIVIST(
      "确定入党积极分子",
      TASK_DETERMINE_ACTIVIST,
      RECOMMENDATION_METHOD,
      ACTIVIST_DATE,
      CULTIVATION_CONTACTS),
  ACTIVIST_FILING("入党积极分子报上级党委备案", TASK_FILE_ACTIVIST, COMMENT),
  ACTIVIST_INSPECTION("入党积极分子半年考察", TASK_INSPECT_ACTIVIST, INSPECTION_DATE, INSPECTION_RECORD),
  DEVELOPMENT_TARGET(
      "确定发展对象", TASK_DETERMINE_DEVELOPMENT_TARGET, DEVELOPMENT_TARGET_DATE, INTRODUCERS),
  POLITICAL_REVIEW("发展对象备案与政治审查", TASK_POLITICAL_REVIEW, POLITICAL_REVIEW_PASSED, COMMENT),
  TRAINING("集中培训", TASK_RECORD_TRAINING, TRAINING_DAYS, TRAINING_HOURS),
  PRE_REVIEW("支部委员会审查与上级党委预审", TASK_PRE_REVIEW, COMMENT),
  PUBLICITY("公示", TASK_PUBLICITY, PUBLICITY_START, PUBLICITY_END, PUBLICITY_OBJECTIONS, COMMENT),
  ADMISSION_MEETING(
      "支部大会讨论接收预备党员",
      TASK_ADMISSION_MEETING,
      VOLUNTEER_FORM_DATE,
      MEETING_DATE,
      MEMBERS_WITH_VOTING_RIGHTS,
      MEMBERS_PRESENT,
      VOTES_FOR,
      VOTES_AGAINST,
      ABSTENTIONS),
  ADMISSION_APPROVAL(
      "上级党委派人谈话并审批",
      TASK_ADMISSION_APPROVAL,
      COMMITTEE_TALK_DATE,
      COMMITTEE_TALKER,
      APPROVED,
      COMMENT),
  ORGDEPT_FILING("报区委组织部备案", TASK_FILE_WITH_ORGDEPT, COMMENT),
  OATH("入党宣誓、编入党小组", TASK_TAKE_OATH, OATH_DATE, PARTY_GROUP),
  PROBATION_INSPECTION("预备党员教育考察", TASK_INSPECT_PROBATIONARY, INSPECTION_DATE, INSPECTION_RECORD),
  CONVERSION_MEETING(
      "支部大会讨论转正",
      TASK_CONVERSION_MEETING,
      CONVERSION_APPLICATION_DATE,
      MEETING_DATE,
      MEMBERS_WITH_VOTING_RIGHTS,
      MEMBERS_PRESENT,
      VOTES_FOR,
      VOTES_AGAINST,
      ABSTENTIONS),
  CONVERSION_APPROVAL(
      "上级党委审批转正", TASK_CONVERSION_APPROVAL, CONVERSION_DECISION, EXTENSION_MONTHS, COMMENT),
  ARCHIVE("入党材料归档", TASK_ARCHIVE, ARCHIVED);

  private final String label;
  private final String taskKey;
  private final List<String> fields;

  DevelopmentStep(String label, String taskKey, String... fields) {
    this.label = label;
    this.taskKey = taskKey;
    this.fields = List.of(fields);
  }

  @Override
  public String label() {
    return label;
  }

  /** Id of the user task this step completes, {@code null} for a start. */
  public String taskKey() {
    return taskKey;
  }

  /** The form fields the step reads. */
  List<String> fields() {
    return fields;
  }
}
