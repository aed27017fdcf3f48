package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.Labelled;

/**
 * The five stages of the Party's member-development procedure (DOMAIN §6, 《中国共产党发展党员工作细则》 第二至六章),
 * in order, plus {@link #ENDED} (with a reason) for a procedure that stopped.
 */
public enum MemberStage implements Labelled {
  APPLICANT("入党申请人"),
  ACTIVIST("入党积极分子"),
  DEVELOPMENT_TARGET("发展对象"),
  PROBATIONARY("预备党员"),
  FULL_MEMBER("正式党员"),
  ENDED("已终止");

  private final String label;

  MemberStage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
