package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/**
 * Who may be nominated (DOMAIN §1): the masses and Youth League members, never party members
 * (values a form might send for those are {@link Choices#PARTY_MEMBER_STATUS}, refused with their
 * own message).
 */
public enum PoliticalStatus implements Labelled {
  MASSES("群众"),
  LEAGUE_MEMBER("共青团员");

  private final String label;

  PoliticalStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
