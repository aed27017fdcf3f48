package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo designation (profile {@code demo} only): the 43 demo enterprises of {@code db/demo} ({@code
 * ent01}…{@code ent43}) designated for this year and the {@value #EARLIER_YEARS} years before (the
 * demo history nominates up to 18 months back), through the same service the process confirms with
 * — so their groups, tenants and memberships are provisioned here, before the demo users join them
 * — and one user per demo industry-chain committee ({@code chain01}…{@code chain06}).
 */
@Component
@Profile("demo")
@Order(0)
public class EnterpriseDesignationDemoData implements DemoStep {

  static final int EARLIER_YEARS = 2;
  private static final List<String> ENTERPRISES =
      IntStream.rangeClosed(1, 43).mapToObj(i -> String.format("ent%02d", i)).toList();

  private final BatchDesignation register;
  private final DesignationMapper mapper;
  private final IdentitySetup identity;

  public EnterpriseDesignationDemoData(
      BatchDesignation register, DesignationMapper mapper, IdentitySetup identity) {
    this.register = register;
    this.mapper = mapper;
    this.identity = identity;
  }

  @Override
  public void create(String password) {
    int year = EngineClock.today().getYear();
    for (int y = year - EARLIER_YEARS; y <= year; y++) {
      register.designateDirectly(y, ENTERPRISES);
    }
    for (var committee : mapper.findCommittees()) {
      if (committee.kind() == CommitteeKind.CHAIN && committee.code().matches("chain0[1-6]")) {
        identity.ensureUser(committee.code(), committee.name(), "书记", password);
        identity.ensureMembership(
            committee.code(), EnterpriseDesignationRoles.CHAIN, committee.code());
      }
    }
  }
}
