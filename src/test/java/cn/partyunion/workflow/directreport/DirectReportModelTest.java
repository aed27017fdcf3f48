package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.ProcessModelConstants;
import org.junit.jupiter.api.Test;

/** {@link DirectReportModel} names what {@code bpmn/directReport.bpmn} has. */
class DirectReportModelTest {

  @Test
  void namesTheProcessItsElementsAndItsVariables() {
    ProcessModelConstants.assertMatches("bpmn/directReport.bpmn", DirectReportModel.class,
        DirectReportModel.class);
  }
}
