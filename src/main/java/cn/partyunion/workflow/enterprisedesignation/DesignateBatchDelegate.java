package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.DESIGNATED_ENTERPRISES;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.YEAR;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the organization department's confirmation of the year's batch (DOMAIN §7.3): {@code
 * designatedEnterprises} (list of enterprise codes), checked by {@link
 * RecommendationRules#checkBatch}; each enterprise is designated with the liaison and the chief
 * service officer the register names, and the channel is provisioned ({@link ChannelProvisioning}).
 * From then on this batch is the one in force: an enterprise of an earlier batch that is not in it
 * can no longer nominate, its open cases finish.
 *
 * @throws cn.partyunion.workflow.shared.validation.FormValidationException (the task stays open,
 *     nothing stored) as {@code checkBatch} says
 */
@Component("designateBatchDelegate")
public class DesignateBatchDelegate implements JavaDelegate {

  private final DesignationMapper mapper;
  private final EnterpriseDesignationProperties properties;
  private final BatchDesignation register;

  public DesignateBatchDelegate(
      DesignationMapper mapper,
      EnterpriseDesignationProperties properties,
      BatchDesignation register) {
    this.mapper = mapper;
    this.properties = properties;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = (Integer) execution.getVariable(YEAR);
    List<String> chosen =
        Objects.requireNonNullElse(
            FormValues.ids(execution.getVariable(DESIGNATED_ENTERPRISES)), List.of());
    Map<String, Set<CommitteeKind>> designatable =
        RecommendationRules.designatable(
            mapper.findRecommendations(year), properties.requireDoubleRecommendation());
    List<RegisteredEnterprise> enterprises =
        chosen.isEmpty() ? List.of() : mapper.findEnterprises(chosen);
    Map<String, RegisteredEnterprise> byCode =
        enterprises.stream()
            .collect(Collectors.toMap(RegisteredEnterprise::code, Function.identity()));
    RecommendationRules.checkBatch(chosen, designatable, byCode);
    register.designate(year, enterprises, designatable, Actor.current());
  }
}
