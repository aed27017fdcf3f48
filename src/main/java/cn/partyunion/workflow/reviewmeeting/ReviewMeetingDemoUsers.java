package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.DEPUTY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.OFFICE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.RATER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.UNIT;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the review meeting (DOMAIN §4, the demo password): organizer {@code hhoffice01},
 * deputy secretary {@code hhdeputy01}, raters {@code hhrater01}…{@code 10} (01–05 worker, 06–10
 * manager representatives) and one contact per unit, {@code hhunit01}… {@code hhunit24}, member of
 * {@code hhunit} and of the unit's own group.
 */
@Component
@Profile("demo")
@Order(2)
class ReviewMeetingDemoUsers implements DemoStep {

  static final int RATERS = 10;
  static final int WORKER_RATERS = 5;

  private final IdentitySetup identities;
  private final ReviewMeetingMapper mapper;

  ReviewMeetingDemoUsers(IdentitySetup identities, ReviewMeetingMapper mapper) {
    this.identities = identities;
    this.mapper = mapper;
  }

  @Override
  public void create(String password) {
    identities.ensureUser("hhoffice01", "州产改办", "组织者", password);
    identities.ensureMembership("hhoffice01", OFFICE);
    identities.ensureUser("hhdeputy01", "州委", "副书记", password);
    identities.ensureMembership("hhdeputy01", DEPUTY);
    for (int i = 1; i <= RATERS; i++) {
      String id = String.format("hhrater%02d", i);
      Panel panel = i <= WORKER_RATERS ? Panel.WORKER : Panel.MANAGER;
      identities.ensureUser(id, panel.label(), String.format("%02d", i), password);
      identities.ensureMembership(id, RATER, panel.groupId());
    }
    mapper
        .findUnits()
        .forEach(
            unit -> {
              identities.ensureUser(unit.unitCode(), unit.unitName(), "产改联络员", password);
              identities.ensureMembership(unit.unitCode(), UNIT, unit.unitCode());
            });
  }
}
