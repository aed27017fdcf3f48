package cn.partyunion.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The model check fails for each kind of mismatch (so that the model tests can fail). */
class ProcessModelConstantsTest {

  private static final String DIAGRAM = "bpmn/chairStipendSchedule.bpmn";

  static final class Matching {
    public static final String PROCESS_KEY = "chairStipendSchedule";
    public static final String TASK_START_QUARTER = "Task_StartQuarter";
  }

  static final class WrongKey {
    public static final String PROCESS_KEY = "chairStipendPlan";
    public static final String TASK_START_QUARTER = "Task_StartQuarter";
  }

  static final class RenamedElement {
    public static final String PROCESS_KEY = "chairStipendSchedule";
    public static final String TASK_START_QUARTER = "Task_OpenQuarter";
  }

  static final class ShapeIdOnly {
    public static final String PROCESS_KEY = "chairStipendSchedule";

    /** The diagram shape of the task, not a flow element. */
    public static final String TASK_START_QUARTER = "Task_StartQuarter_di";
  }

  @Test
  void acceptsAMatchingModel() {
    ProcessModelConstants.assertMatches(DIAGRAM, Matching.class, Matching.class);
  }

  @Test
  void refusesAnotherProcessKey() {
    assertThatThrownBy(
            () -> ProcessModelConstants.assertMatches(DIAGRAM, WrongKey.class, WrongKey.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("process key");
  }

  @Test
  void refusesAnElementIdTheDiagramLacks() {
    assertThatThrownBy(
            () ->
                ProcessModelConstants.assertMatches(
                    DIAGRAM, RenamedElement.class, RenamedElement.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Task_OpenQuarter");
    assertThatThrownBy(
            () ->
                ProcessModelConstants.assertMatches(DIAGRAM, ShapeIdOnly.class, ShapeIdOnly.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Task_StartQuarter_di");
  }

  @Test
  void refusesAVariableTheDiagramNamesButTheModelLacks() {
    assertThatThrownBy(
            () ->
                ProcessModelConstants.assertMatches(
                    "bpmn/chairStipendChair.bpmn", Matching.class, Matching.class))
        .isInstanceOf(AssertionError.class);
    assertThat(ProcessModelConstants.variablesNamedBy("bpmn/chairStipendChair.bpmn"))
        .contains(
            "chairId",
            "selfReportDueDate",
            "townUnitCode",
            "selfReported",
            "grade",
            "monthlyAmount")
        .doesNotContain("recordNoSelfReportDelegate", "chairScopeListener");
  }

  @Test
  void readsVariablesFromExpressionsButNotBeansOrElementVariables() {
    assertThat(ProcessModelConstants.variablesNamedBy("bpmn/directReport.bpmn"))
        .contains(
            "liaisonId",
            "parkCode",
            "enterpriseCode",
            "lastDecision",
            "lastMaturityDecision",
            "reviewStep",
            "pairingRole")
        .doesNotContain("directReportSchedule", "reviewDue", "APPROVE", "FULL_MEMBER");
    assertThat(ProcessModelConstants.variablesNamedBy("bpmn/reviewMeeting.bpmn"))
        .contains("reportingUnits", "raters", "deputySecretary", "confirmed", "reportFlag")
        .doesNotContain("rater", "unitCode");
  }
}
