package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.PROCESS_KEY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.CHAIR_GROUP;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.CITY_GROUP;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.TOWN_GROUP;

import cn.partyunion.workflow.shared.identity.ProcessAccess;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Column;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Filter;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Grant;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Role;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access record of the chair stipend in every profile (DOMAIN §4): groups {@code jycity},
 * {@code jytown} with the 19 town unions {@code jytown01}…{@code jytown19} (from {@code
 * cs_town_union}), {@code jychair}; their Tasklist access, process grants and filters. Task
 * visibility comes from the engine's per-task grants: a self-report's only grant is its assignee
 * (the chair), an assessment's its town group.
 */
@Configuration
public class ChairStipendRoles {

  @Bean
  ProcessAccess chairStipendAccess(TownUnionMapper towns) {
    List<Grant> grants = new ArrayList<>();
    for (String group : List.of(CITY_GROUP, TOWN_GROUP, CHAIR_GROUP)) {
      grants.add(Grant.of(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ));
      grants.add(
          Grant.of(
              group,
              Resources.PROCESS_DEFINITION,
              ChairStipendChairModel.PROCESS_KEY,
              Permissions.READ));
    }
    grants.add(
        Grant.of(
            CITY_GROUP,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY,
            Permissions.CREATE_INSTANCE,
            Permissions.READ_INSTANCE,
            Permissions.READ_HISTORY));
    grants.add(Grant.of(CITY_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    Column quarter = new Column(QUARTER, "季度");
    Column[] chairColumns = {
      quarter, new Column(CHAIR_NAME, "工会主席"), new Column(ENTERPRISE_NAME, "企业")
    };
    return new ProcessAccess(
        40,
        PROCESS_KEY,
        List.of(
            new Role(CITY_GROUP, "江阴市总工会"),
            new Role(TOWN_GROUP, "镇（街道）、园区工会"),
            new Role(CHAIR_GROUP, "非公企业工会主席")),
        grants,
        identity ->
            towns.findAll().forEach(town -> identity.ensureGroup(town.unitCode(), town.name())),
        List.of(
            new Filter(
                "我的季度述职",
                q ->
                    q.processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
                        .taskAssigneeExpression("${currentUser()}"),
                Filter.display(40, chairColumns),
                List.of(CHAIR_GROUP)),
            new Filter(
                "本镇（街道）、园区工会主席考核",
                q ->
                    q.processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks(),
                Filter.display(41, chairColumns),
                List.of(TOWN_GROUP)),
            new Filter(
                "季度津贴名单审批",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .taskCandidateGroup(CITY_GROUP)
                        .includeAssignedTasks(),
                Filter.display(42, quarter),
                List.of(CITY_GROUP))));
  }
}
