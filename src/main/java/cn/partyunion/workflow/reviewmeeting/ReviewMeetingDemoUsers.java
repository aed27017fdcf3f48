package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.DEPUTY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.OFFICE;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.RATER;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.UNIT;

import cn.partyunion.workflow.shared.identity.IdentitySetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the review meeting (DOMAIN §4, password {@code demo}): organizer
 * {@code hhoffice01}, deputy secretary {@code hhdeputy01}, raters {@code hhrater01}…{@code 10}
 * (01–05 worker, 06–10 manager representatives) and one contact per unit, {@code hhunit01}…
 * {@code hhunit24}, member of {@code hhunit} and of the unit's own group.
 */
@Component
@Profile("demo")
@Order(31)
class ReviewMeetingDemoUsers implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final int RATERS = 10;
  static final int WORKER_RATERS = 5;

  private final IdentitySetup identities;
  private final ReviewMeetingMapper mapper;

  ReviewMeetingDemoUsers(IdentitySetup identities, ReviewMeetingMapper mapper) {
    this.identities = identities;
    this.mapper = mapper;
  }

  @Override
  public void run(ApplicationArguments args) {
    identities.ensureUser("hhoffice01", "州产改办", "组织者", PASSWORD);
    identities.ensureMembership("hhoffice01", OFFICE);
    identities.ensureUser("hhdeputy01", "州委", "副书记", PASSWORD);
    identities.ensureMembership("hhdeputy01", DEPUTY);
    for (int i = 1; i <= RATERS; i++) {
      String id = String.format("hhrater%02d", i);
      Panel panel = i <= WORKER_RATERS ? Panel.WORKER : Panel.MANAGER;
      identities.ensureUser(id, panel.label(), String.format("%02d", i), PASSWORD);
      identities.ensureMembership(id, RATER, panel.groupId());
    }
    mapper.findUnits().forEach(unit -> {
      identities.ensureUser(unit.unitCode(), unit.unitName(), "产改联络员", PASSWORD);
      identities.ensureMembership(unit.unitCode(), UNIT, unit.unitCode());
    });
  }
}
