package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.COMMITTEE_FLAG;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder and the yellow light of the recommendation stage (DOMAIN §1.7 "as elsewhere"): marks
 * every committee of the year that has not recommended yet with {@code committeeFlag} ({@code
 * REMINDED} before the deadline, {@code YELLOW} after it).
 */
@Component("flagOpenCommitteesDelegate")
public class FlagOpenCommitteesDelegate implements JavaDelegate {

  private final DesignationMapper mapper;

  public FlagOpenCommitteesDelegate(DesignationMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mapper.flagOpenCommittees(
        (Integer) execution.getVariable(YEAR), (String) execution.getVariable(COMMITTEE_FLAG));
  }
}
