package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PROCESS_KEY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.CHAIR_GROUP;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.CITY_GROUP;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.TOWN_GROUP;

import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Roles of the chair stipend in every profile (DOMAIN §4): groups {@code jycity}, {@code jytown}
 * with the 19 town unions {@code jytown01}…{@code jytown19} (from {@code cs_town_union}),
 * {@code jychair}; their Tasklist
 * access, process grants and filters. Task visibility comes from the engine's per-task grants:
 * a self-report's only grant is its assignee (the chair), an assessment's its town group.
 */
@Component
@Order(40)
public class ChairStipendRoles implements ApplicationRunner {

  private final IdentitySetup identity;
  private final TownUnionMapper towns;

  public ChairStipendRoles(IdentitySetup identity, TownUnionMapper towns) {
    this.identity = identity;
    this.towns = towns;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.ensureGroup(CITY_GROUP, "江阴市总工会");
    identity.ensureGroup(TOWN_GROUP, "镇（街道）、园区工会");
    towns.findAll().forEach(town -> identity.ensureGroup(town.unitCode(), town.name()));
    identity.ensureGroup(CHAIR_GROUP, "非公企业工会主席");
    for (String group : List.of(CITY_GROUP, TOWN_GROUP, CHAIR_GROUP)) {
      identity.grantTasklistAccess(group);
      identity.grantGroup(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ);
      identity.grantGroup(group, Resources.PROCESS_DEFINITION, ChairStipendChairModel.PROCESS_KEY,
          Permissions.READ);
    }
    identity.grantGroup(CITY_GROUP, Resources.PROCESS_DEFINITION, PROCESS_KEY,
        Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    identity.grantGroup(CITY_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);

    List<Map<String, String>> columns = List.of(
        Map.of("name", QUARTER, "label", "季度"),
        Map.of("name", CHAIR_NAME, "label", "工会主席"),
        Map.of("name", ENTERPRISE_NAME, "label", "企业"));
    identity.ensureFilter("我的季度述职",
        identity.taskQuery().processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
            .taskAssigneeExpression("${currentUser()}"),
        Map.of("priority", 40, "variables", columns), CHAIR_GROUP);
    identity.ensureFilter("本镇（街道）、园区工会主席考核",
        identity.taskQuery().processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        Map.of("priority", 41, "variables", columns), TOWN_GROUP);
    identity.ensureFilter("季度津贴名单审批",
        identity.taskQuery().processDefinitionKey(PROCESS_KEY).taskCandidateGroup(CITY_GROUP)
            .includeAssignedTasks(),
        Map.of("priority", 42, "variables", List.of(Map.of("name", QUARTER, "label", "季度"))),
        CITY_GROUP);
  }
}
