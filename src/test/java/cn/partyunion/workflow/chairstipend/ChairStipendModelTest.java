package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.ProcessModelConstants;
import org.junit.jupiter.api.Test;

/**
 * {@link ChairStipendModel}, {@link ChairStipendChairModel} and {@link ChairStipendScheduleModel}
 * name what their diagrams have; the variables of all three are in {@link ChairStipendModel}.
 */
class ChairStipendModelTest {

  @Test
  void namesTheQuarterProcess() {
    ProcessModelConstants.assertMatches("bpmn/chairStipend.bpmn", ChairStipendModel.class,
        ChairStipendModel.class);
  }

  @Test
  void namesTheChairProcess() {
    ProcessModelConstants.assertMatches("bpmn/chairStipendChair.bpmn",
        ChairStipendChairModel.class, ChairStipendModel.class);
  }

  @Test
  void namesTheScheduleProcess() {
    ProcessModelConstants.assertMatches("bpmn/chairStipendSchedule.bpmn",
        ChairStipendScheduleModel.class, ChairStipendModel.class);
  }
}
