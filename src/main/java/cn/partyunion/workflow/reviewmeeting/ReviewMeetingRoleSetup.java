package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.PROCESS_KEY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_NAME;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.DEPUTY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.OFFICE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.RATER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.RATER_MANAGER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.RATER_WORKER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.UNIT;

import cn.partyunion.workflow.shared.identity.ProcessAccess;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Filter;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Grant;
import cn.partyunion.workflow.shared.identity.ProcessAccess.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access record of the review meeting, in every profile (DOMAIN §4): the groups {@code
 * hhoffice}, {@code hhdeputy}, {@code hhrater} with its panels {@code hhraterworker} / {@code
 * hhratermanager}, {@code hhunit} and one group per registered unit (id = unit code, from {@code
 * rm_unit}); Tasklist access, READ on the process definition, the organizer's right to start
 * meetings, and two Tasklist filters (the units' and the organizer's keeps a task its holder
 * claimed, issue 11). Task visibility itself comes from the engine's per-task grants (candidate
 * group = the unit, assignee = the deputy secretary or the rater).
 */
@Configuration
class ReviewMeetingRoleSetup {

  @Bean
  ProcessAccess reviewMeetingAccess(ReviewMeetingMapper mapper) {
    List<Grant> grants = new ArrayList<>();
    for (String group : List.of(OFFICE, DEPUTY, RATER, UNIT)) {
      grants.add(Grant.of(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ));
    }
    grants.add(
        Grant.of(OFFICE, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.CREATE_INSTANCE));
    grants.add(Grant.of(OFFICE, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    return new ProcessAccess(
        30,
        PROCESS_KEY,
        List.of(
            new Role(OFFICE, "州产改办（述职评议组织者）"),
            new Role(DEPUTY, "州委副书记（点评）"),
            new Role(RATER, "述职评议代表"),
            new Role(UNIT, "述职单位")),
        grants,
        identities -> {
          identities.ensureGroup(RATER_WORKER, "评议代表：产业工人");
          identities.ensureGroup(RATER_MANAGER, "评议代表：企业管理者");
          mapper
              .findUnits()
              .forEach(unit -> identities.ensureGroup(unit.unitCode(), unit.unitName()));
        },
        List.of(
            new Filter(
                "述职评议：我的点评与评议",
                q -> q.processDefinitionKey(PROCESS_KEY).taskAssigneeExpression("${currentUser()}"),
                Map.of(
                    "priority",
                    30,
                    "description",
                    "州委副书记的点评和评议代表的评议任务",
                    "variables",
                    List.of(Map.of("name", UNIT_NAME, "label", "述职单位"))),
                List.of(DEPUTY, RATER)),
            new Filter(
                "述职评议：本单位（组）待办",
                q ->
                    q.processDefinitionKey(PROCESS_KEY)
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks(),
                Map.of(
                    "priority",
                    31,
                    "description",
                    "述职单位的述职报告、组织者的结果确认",
                    "variables",
                    List.of(Map.of("name", UNIT_NAME, "label", "述职单位"))),
                List.of(OFFICE, UNIT))));
  }
}
