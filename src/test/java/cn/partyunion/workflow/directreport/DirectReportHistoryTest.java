package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.engine.LeanHistoryLevel;
import cn.partyunion.workflow.shared.testkit.AsUser;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine's history keeps of a nomination submitted as Tasklist submits it (the lean
 * history level, issue 12): the instance, its activities and the variables' last values, but no
 * per-field detail rows — in particular never the typed, unmasked ID number.
 */
@WorkflowSpringTest
class DirectReportHistoryTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSubmittedNominationLeavesNoDetailRowsAndNeverTheTypedIdNumber() {
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo(LeanHistoryLevel.NAME);
    Map<String, Object> nomination = Nominations.valid();
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(DirectReportModel.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance pi =
        AsUser.of(identityService, "ent01")
            .call(() -> formService.submitStartForm(definitionId, nomination));

    assertThat(count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ?", pi.getId()))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", pi.getId()))
        .as("start, store, gateway, liaison review")
        .isEqualTo(4);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = 'recordNo'",
                pi.getId()))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", pi.getId()))
        .as("per-field form and variable-update details")
        .isZero();
    assertThat(
            count("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE TEXT_ = ?", nomination.get("idNumber")))
        .isZero();
  }

  private long count(String sql, Object argument) {
    return jdbc.queryForObject(sql, Long.class, argument);
  }
}
