package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.ProcessModelConstants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;

/** {@link ReviewMeetingModel} names what {@code bpmn/reviewMeeting.bpmn} and its DMN have. */
class ReviewMeetingModelTest {

  @Test
  void namesTheProcessItsElementsAndItsVariables() {
    ProcessModelConstants.assertMatches(
        "bpmn/reviewMeeting.bpmn", ReviewMeetingModel.class, ReviewMeetingModel.class);
  }

  @Test
  void theRatingSheetOffersTheGrades() throws Exception {
    String script =
        Files.readString(Path.of("src/main/resources/static/workbench/assets/rating-sheet.js"));
    Matcher grades = Pattern.compile("GRADES = \\[(.*?)\\];").matcher(script);
    assertThat(grades.find()).isTrue();
    assertThat(grades.group(1).replace(" ", ""))
        .isEqualTo(
            Arrays.stream(Grade.values())
                .map(g -> "['" + g.name() + "','" + g.label() + "']")
                .collect(Collectors.joining(",")));
  }

  @Test
  void namesTheGradeDecisionAndItsInput() {
    DmnModelInstance dmn =
        Dmn.readModelFromStream(
            getClass().getClassLoader().getResourceAsStream("bpmn/reviewMeetingGrade.dmn"));
    assertThat(dmn.getModelElementsByType(Decision.class))
        .extracting(Decision::getId)
        .containsExactly(ReviewMeetingModel.GRADE_DECISION_KEY);
    assertThat(dmn.getModelElementsByType(InputExpression.class))
        .extracting(input -> input.getText().getTextContent())
        .containsExactly(ReviewMeetingModel.SCORE);
    assertThat(dmn.getModelElementsByType(OutputEntry.class))
        .extracting(entry -> entry.getTextContent().replace("\"", ""))
        .containsOnly(Arrays.stream(Grade.values()).map(Enum::name).toArray(String[]::new));
  }
}
