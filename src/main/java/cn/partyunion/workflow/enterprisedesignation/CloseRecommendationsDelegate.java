package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDED_COUNT;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDED_OPTIONS;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Closes the recommendation stage (all committees done, or the stage's closing time): committees
 * still open become {@code MISSED} with the red light; the enterprises that may be designated
 * ({@link RecommendationRules#designatable}) become the confirmation's options {@code
 * recommendedOptions} ({@code [{label, value}]}, the label naming the sides, the liaison and the
 * chief service officer of the register), and {@code recommendedCount} their number.
 */
@Component("closeRecommendationsDelegate")
public class CloseRecommendationsDelegate implements JavaDelegate {

  private final DesignationMapper mapper;
  private final EnterpriseDesignationProperties properties;
  private final IdentityService identityService;

  public CloseRecommendationsDelegate(
      DesignationMapper mapper,
      EnterpriseDesignationProperties properties,
      IdentityService identityService) {
    this.mapper = mapper;
    this.properties = properties;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = (Integer) execution.getVariable(YEAR);
    mapper.closeOpenCommittees(year);
    Map<String, Set<CommitteeKind>> designatable =
        RecommendationRules.designatable(
            mapper.findRecommendations(year), properties.requireDoubleRecommendation());
    List<Map<String, String>> options = new ArrayList<>();
    if (!designatable.isEmpty()) {
      List<RegisteredEnterprise> enterprises =
          mapper.findEnterprises(List.copyOf(designatable.keySet()));
      Map<String, String> liaisons =
          identityService
              .createUserQuery()
              .userIdIn(
                  enterprises.stream()
                      .map(RegisteredEnterprise::liaisonId)
                      .distinct()
                      .toArray(String[]::new))
              .list()
              .stream()
              .collect(
                  Collectors.toMap(
                      User::getId, user -> user.getLastName() + user.getFirstName(), (a, b) -> a));
      Map<String, RegisteredEnterprise> byCode =
          enterprises.stream()
              .collect(Collectors.toMap(RegisteredEnterprise::code, Function.identity()));
      designatable.forEach(
          (code, sides) -> {
            RegisteredEnterprise enterprise = byCode.get(code);
            options.add(Map.of("label", label(enterprise, sides, liaisons), "value", code));
          });
    }
    execution.setVariable(RECOMMENDED_OPTIONS, Spin.JSON(options));
    execution.setVariable(RECOMMENDED_COUNT, options.size());
  }

  private static String label(
      RegisteredEnterprise enterprise, Set<CommitteeKind> sides, Map<String, String> liaisons) {
    String side = sides.size() == CommitteeKind.values().length ? "园区、产业链双推荐" : "单方推荐";
    return enterprise.name()
        + "（"
        + side
        + "；特约培养联系人 "
        + liaisons.getOrDefault(enterprise.liaisonId(), enterprise.liaisonId() + "（账号未开通）")
        + "；首席服务员 "
        + (enterprise.officerName() == null ? "未明确" : enterprise.officerName())
        + "）";
  }
}
