package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.ProcessModelConstants;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;

/**
 * {@link ChairStipendModel}, {@link ChairStipendChairModel} and {@link ChairStipendScheduleModel}
 * name what their diagrams have; the variables of all three are in {@link ChairStipendModel}.
 */
class ChairStipendModelTest {

  @Test
  void namesTheQuarterProcess() {
    ProcessModelConstants.assertMatches(
        "bpmn/chairStipend.bpmn", ChairStipendModel.class, ChairStipendModel.class);
  }

  @Test
  void namesTheChairProcess() {
    ProcessModelConstants.assertMatches(
        "bpmn/chairStipendChair.bpmn", ChairStipendChairModel.class, ChairStipendModel.class);
  }

  @Test
  void namesTheScheduleProcess() {
    ProcessModelConstants.assertMatches(
        "bpmn/chairStipendSchedule.bpmn", ChairStipendScheduleModel.class, ChairStipendModel.class);
  }

  /** The payment list labels every grade the decision table gives, in the table's order. */
  @Test
  void assessmentGradesAreThoseOfTheGradeDecision() {
    DmnModelInstance dmn =
        Dmn.readModelFromStream(
            getClass().getClassLoader().getResourceAsStream("bpmn/chairStipend.dmn"));
    Decision grading = dmn.getModelElementById("chairAssessmentGrade");
    List<String> grades =
        ((DecisionTable) grading.getExpression())
            .getRules().stream()
                .flatMap(rule -> rule.getOutputEntries().stream())
                .map(entry -> entry.getTextContent().replace("\"", ""))
                .distinct()
                .toList();
    assertThat(grades)
        .containsExactly(
            Arrays.stream(AssessmentGrade.values()).map(Enum::name).toArray(String[]::new));
  }
}
