package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/** The steps of a case recorded in its timeline, with the Chinese name the timeline shows. */
public enum ReviewStep implements Labelled {
  NOMINATION("企业推荐"),
  RESUBMISSION("企业修改后重新报送"),
  LIAISON_REVIEW("特约培养联系人谈话审核"),
  PARK_REVIEW("开发园区党工委审核"),
  ORGDEPT_APPROVAL("区委组织部审批"),
  MENTOR_NAMED("企业明确结对帮带党员"),
  INSPECTOR_NAMED("园区明确考察专人"),
  INSPECTION("半年考察"),
  MATURITY_DECISION("组织部研判"),
  DEVELOPMENT_STAGE("发展党员程序阶段");

  private final String label;

  ReviewStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
