package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;

/**
 * A chair's assessment grade, the output of DMN {@code chairAssessmentGrade} ({@code
 * bpmn/chairStipend.dmn}); {@link #FAIL} pays nothing.
 */
public enum AssessmentGrade implements Labelled {
  EXCELLENT("优秀"),
  PASS("合格"),
  BASIC_PASS("基本合格"),
  FAIL("不合格");

  private final String label;

  AssessmentGrade(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
