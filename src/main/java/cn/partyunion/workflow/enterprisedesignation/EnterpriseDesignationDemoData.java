package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo registers and designation (profile {@code demo} only). The demo's register rows are scripts
 * ({@code db/demo}); their groups, tenants, memberships and logins are provisioned here by the
 * register service exactly as registering them through the API does ({@link
 * RegisterService#provisionRegistered}; logins with the demo password): the parks {@code
 * park01}…{@code park05} and industry-chain committees {@code chain01}…{@code chain06} (group and
 * login each), the liaisons {@code liaison01}…{@code liaison10}, the 43 enterprises {@code
 * ent01}…{@code ent43} (group, tenant, contact login = the code). Then the enterprises are
 * designated for this year and the {@value #EARLIER_YEARS} years before (the demo history nominates
 * up to 18 months back), through the same service the process confirms with. Only the demo's own
 * rows: rows tests or users registered meanwhile are left alone.
 */
@Component
@Profile("demo")
@Order(0)
public class EnterpriseDesignationDemoData implements DemoStep {

  static final int EARLIER_YEARS = 2;
  private static final List<String> ENTERPRISES = codes("ent%02d", 43);

  private final BatchDesignation register;
  private final RegisterService registers;

  public EnterpriseDesignationDemoData(BatchDesignation register, RegisterService registers) {
    this.register = register;
    this.registers = registers;
  }

  @Override
  public void create(String password) {
    codes("park%02d", 5).forEach(code -> registers.provisionRegistered("parks", code));
    codes("chain%02d", 6).forEach(code -> registers.provisionRegistered("chains", code));
    codes("liaison%02d", 10).forEach(id -> registers.provisionRegistered("liaisons", id));
    ENTERPRISES.forEach(code -> registers.provisionRegistered("enterprises", code));
    int year = EngineClock.today().getYear();
    for (int y = year - EARLIER_YEARS; y <= year; y++) {
      register.designateDirectly(y, ENTERPRISES);
    }
  }

  private static List<String> codes(String format, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> String.format(format, i)).toList();
  }
}
