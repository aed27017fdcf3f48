package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/**
 * The stages of the Party's member-development procedure a mature candidate passes, in order
 * (DOMAIN §1.6); a stage may only move forward, {@link #FULL_MEMBER} closes the case.
 */
public enum DevelopmentStage implements Labelled {
  ACTIVIST("入党积极分子"),
  DEVELOPMENT_TARGET("发展对象"),
  PROBATIONARY_MEMBER("预备党员"),
  FULL_MEMBER("正式党员");

  private final String label;

  DevelopmentStage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
