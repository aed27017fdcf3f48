package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.GRADE_DECISION_KEY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.SCORE;

import java.math.BigDecimal;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The overall grade of a composite score: the latest deployed version of the DMN decision {@code
 * reviewMeetingGrade} (bpmn/reviewMeetingGrade.dmn; default ≥ 90 好, ≥ 75 较好, ≥ 60 一般, else 差,
 * DOMAIN §2.4). An administrator changes the thresholds by deploying a new version.
 */
@Component
public class GradeTable {

  private final DecisionService decisionService;

  public GradeTable(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * @param score composite score, 0–100
   * @return the grade the table gives
   * @throws org.camunda.bpm.engine.ProcessEngineException when the table matches no or several
   *     rules
   */
  public Grade gradeOf(BigDecimal score) {
    String grade =
        decisionService
            .evaluateDecisionTableByKey(
                GRADE_DECISION_KEY,
                Variables.createVariables().putValue(SCORE, score.doubleValue()))
            .getSingleResult()
            .getSingleEntry();
    return Grade.valueOf(grade);
  }
}
