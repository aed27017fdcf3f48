package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.Labelled;

/** How an applicant was recommended as activist (细则 第八条). */
public enum RecommendationMethod implements Labelled {
  MEMBER_RECOMMENDATION("党员推荐"),
  MASS_ORGANIZATION("群团组织推优");

  private final String label;

  RecommendationMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
