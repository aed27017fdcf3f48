package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.designation.DesignatedEnterprises;
import org.springframework.stereotype.Component;

/**
 * The designation's published service ({@link DesignatedEnterprises}) and the direct designation of
 * a batch without recommendations, which only the demo profile uses (its 43 enterprises).
 */
@Component
public class DesignationRegister implements DesignatedEnterprises {

  private final DesignationMapper mapper;

  public DesignationRegister(DesignationMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean mayNominate(String enterpriseCode, int year) {
    return mapper.isInForce(enterpriseCode, year);
  }
}
