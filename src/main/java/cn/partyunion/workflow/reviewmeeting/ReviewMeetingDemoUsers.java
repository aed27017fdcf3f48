package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.DEPUTY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingRoles.OFFICE;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the review meeting (DOMAIN §4, the demo password): organizer {@code hhoffice01},
 * deputy secretary {@code hhdeputy01}, raters {@code hhrater01}…{@code 10} (01–05 worker, 06–10
 * manager representatives, registered in {@link RaterRegister}, coming from the counties
 * hhunit01…10) and one contact per unit, {@code hhunit01}… {@code hhunit24} (registered as the
 * unit's contact in {@link UnitRegister}: member of {@code hhunit} and of the unit's own group).
 */
@Component
@Profile("demo")
@Order(2)
class ReviewMeetingDemoUsers implements DemoStep {

  static final int RATERS = 10;
  static final int WORKER_RATERS = 5;

  private final IdentitySetup identities;
  private final ReviewMeetingMapper mapper;
  private final RaterRegister raters;
  private final UnitRegister units;

  ReviewMeetingDemoUsers(
      IdentitySetup identities,
      ReviewMeetingMapper mapper,
      RaterRegister raters,
      UnitRegister units) {
    this.identities = identities;
    this.mapper = mapper;
    this.raters = raters;
    this.units = units;
  }

  @Override
  public void create(String password) {
    identities.ensureUser("hhoffice01", "州产改办", "组织者", password);
    identities.ensureMembership("hhoffice01", OFFICE);
    identities.ensureUser("hhdeputy01", "州委", "副书记", password);
    identities.ensureMembership("hhdeputy01", DEPUTY);
    // raters and unit contacts through their registers, which provision the logins
    for (int i = 1; i <= RATERS; i++) {
      Panel panel = i <= WORKER_RATERS ? Panel.WORKER : Panel.MANAGER;
      raters.register(
          new RegisteredRater(
              String.format("hhrater%02d", i),
              panel.label() + String.format("%02d", i),
              panel.name(),
              panel == Panel.WORKER ? "红河州示范企业（演示）一线班组" : "红河州示范企业（演示）经营管理层",
              String.format("hhunit%02d", i),
              null,
              null));
    }
    mapper
        .findUnits()
        .forEach(
            unit ->
                units.register(
                    new RegisteredUnit(
                        unit.unitCode(),
                        unit.unitName(),
                        unit.unitKind(),
                        null,
                        unit.unitCode(),
                        unit.unitName() + "产改联络员",
                        null)));
  }
}
