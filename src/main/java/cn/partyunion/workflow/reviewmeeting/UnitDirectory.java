package cn.partyunion.workflow.reviewmeeting;

import org.springframework.stereotype.Component;

/** Names of reporting units, for expressions in the model ({@code ${unitDirectory.name(unitCode)}}). */
@Component("unitDirectory")
public class UnitDirectory {

  private final ReviewMeetingMapper mapper;

  public UnitDirectory(ReviewMeetingMapper mapper) {
    this.mapper = mapper;
  }

  /** The unit's name, or its code when it is not registered. */
  public String name(String unitCode) {
    ReportingUnit unit = mapper.findUnit(unitCode);
    return unit == null ? unitCode : unit.unitName();
  }
}
