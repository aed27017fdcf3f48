package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.ProcessModelConstants;
import org.junit.jupiter.api.Test;

/** {@link EnterpriseDesignationModel} names what {@code bpmn/enterpriseDesignation.bpmn} has. */
class EnterpriseDesignationModelTest {

  @Test
  void namesTheProcessItsElementsAndItsVariables() {
    ProcessModelConstants.assertMatches(
        "bpmn/enterpriseDesignation.bpmn",
        EnterpriseDesignationModel.class,
        EnterpriseDesignationModel.class);
  }
}
