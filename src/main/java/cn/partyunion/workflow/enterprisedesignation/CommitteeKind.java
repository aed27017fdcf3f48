package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.Labelled;

/** The two sides of the double recommendation (seed 004: 园区、产业链双推荐). */
public enum CommitteeKind implements Labelled {
  PARK("开发园区党工委"),
  CHAIN("产业链党委");

  private final String label;

  CommitteeKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
