package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;

/**
 * How far a candidate has come (column {@code dr_candidate.stage}, API {@code stage}, DOMAIN
 * §6/§8), in order: a stage only moves forward. {@link #NOMINATED} covers a case under review,
 * returned or rejected; a withdrawn candidate keeps the stage reached. The member-development
 * stages are the ones {@link DevelopmentStage} records ({@code PROBATIONARY_MEMBER} there is {@link
 * #PROBATIONARY} here, DOMAIN §6's name; the form keeps its value so running cases are unaffected).
 */
public enum CandidateStage implements Labelled {
  NOMINATED("已推荐"),
  IN_DATABASE("已入库"),
  MATURE("已成熟"),
  ACTIVIST("入党积极分子"),
  DEVELOPMENT_TARGET("发展对象"),
  PROBATIONARY("预备党员"),
  FULL_MEMBER("正式党员");

  private final String label;

  CandidateStage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The stage a recorded member-development stage stands for. */
  public static CandidateStage of(DevelopmentStage stage) {
    return switch (stage) {
      case ACTIVIST -> ACTIVIST;
      case DEVELOPMENT_TARGET -> DEVELOPMENT_TARGET;
      case PROBATIONARY_MEMBER -> PROBATIONARY;
      case FULL_MEMBER -> FULL_MEMBER;
    };
  }

  /** This stage and every later one (the funnel counts a candidate in each stage reached). */
  public java.util.List<CandidateStage> andLater() {
    return java.util.Arrays.asList(values()).subList(ordinal(), values().length);
  }
}
