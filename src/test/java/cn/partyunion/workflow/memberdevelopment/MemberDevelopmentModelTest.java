package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.LabelledFormOptions;
import cn.partyunion.workflow.shared.ProcessModelConstants;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MemberDevelopmentModel} names what {@code bpmn/memberDevelopment.bpmn} has, and the forms
 * offer the coded choices with the labels of their enums.
 */
class MemberDevelopmentModelTest {

  @Test
  void namesTheProcessItsElementsAndItsVariables() {
    ProcessModelConstants.assertMatches(
        "bpmn/memberDevelopment.bpmn", MemberDevelopmentModel.class, MemberDevelopmentModel.class);
  }

  @Test
  void formsOfferTheLabelledChoices() {
    LabelledFormOptions.assertFormsOffer(
        MemberDevelopmentModel.PROCESS_KEY,
        Map.of(
            MemberDevelopmentModel.RECOMMENDATION_METHOD, RecommendationMethod.class,
            MemberDevelopmentModel.CONVERSION_DECISION, ConversionDecision.class));
  }
}
