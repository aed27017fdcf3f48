package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.LabelledFormOptions;
import cn.partyunion.workflow.shared.ProcessModelConstants;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectReportModel} names what {@code bpmn/directReport.bpmn} has, and the forms offer the
 * coded choices with the labels of their enums.
 */
class DirectReportModelTest {

  @Test
  void namesTheProcessItsElementsAndItsVariables() {
    ProcessModelConstants.assertMatches(
        "bpmn/directReport.bpmn", DirectReportModel.class, DirectReportModel.class);
  }

  @Test
  void formsOfferTheLabelledChoices() {
    LabelledFormOptions.assertFormsOffer(
        DirectReportModel.PROCESS_KEY,
        Map.of(
            DirectReportModel.GENDER, Gender.class,
            DirectReportModel.TALENT_CATEGORY, TalentCategory.class,
            DirectReportModel.POLITICAL_STATUS, PoliticalStatus.class,
            DirectReportModel.DECISION, ReviewDecision.class,
            DirectReportModel.INSPECTION_OPINION, InspectionOpinion.class,
            DirectReportModel.MATURITY_DECISION, MaturityDecision.class));
  }
}
