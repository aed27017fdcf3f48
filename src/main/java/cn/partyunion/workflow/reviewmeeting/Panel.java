package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.Labelled;

/**
 * The two rater panels (seed 002: "产业工人、企业管理者代表现场评议"). A rater belongs to the panel whose engine
 * group they are a member of.
 */
public enum Panel implements Labelled {
  WORKER("产业工人代表", ReviewMeetingRoles.RATER_WORKER),
  MANAGER("企业管理者代表", ReviewMeetingRoles.RATER_MANAGER);

  private final String label;
  private final String groupId;

  Panel(String label, String groupId) {
    this.label = label;
    this.groupId = groupId;
  }

  @Override
  public String label() {
    return label;
  }

  /** The engine group whose members form this panel. */
  public String groupId() {
    return groupId;
  }
}
