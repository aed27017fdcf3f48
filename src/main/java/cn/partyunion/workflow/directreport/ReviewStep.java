package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** The steps of a case recorded in its timeline, with the Chinese name the timeline shows. */
public enum ReviewStep implements Labelled {
  NOMINATION("企业推荐", null),
  RESUBMISSION("企业修改后重新报送", DirectReportModel.TASK_RESUBMIT_NOMINATION),
  LIAISON_REVIEW("特约培养联系人谈话审核", DirectReportModel.TASK_LIAISON_REVIEW),
  PARK_REVIEW("开发园区党工委审核", DirectReportModel.TASK_PARK_REVIEW),
  ORGDEPT_APPROVAL("区委组织部审批", DirectReportModel.TASK_ORGDEPT_APPROVAL),
  MENTOR_NAMED("企业明确结对帮带党员", DirectReportModel.TASK_NAME_MENTOR),
  INSPECTOR_NAMED("园区明确考察专人", DirectReportModel.TASK_NAME_INSPECTOR),
  INSPECTION("半年考察", DirectReportModel.TASK_RECORD_INSPECTION),
  MATURITY_DECISION("组织部研判", DirectReportModel.TASK_MATURITY_DECISION),
  /** The hand-typed stage of versions before 2026.3 (since then: {@code memberDevelopment}). */
  DEVELOPMENT_STAGE("发展党员程序阶段", "Task_RecordDevelopmentStage");

  /** The three review steps, in order (review due dates, traffic lights, average days). */
  public static final java.util.List<ReviewStep> REVIEWS =
      java.util.List.of(LIAISON_REVIEW, PARK_REVIEW, ORGDEPT_APPROVAL);

  private final String label;
  private final String taskKey;

  ReviewStep(String label, String taskKey) {
    this.label = label;
    this.taskKey = taskKey;
  }

  /** Id of the user task this step completes, {@code null} for the nomination (a start). */
  public String taskKey() {
    return taskKey;
  }

  @Override
  public String label() {
    return label;
  }
}
