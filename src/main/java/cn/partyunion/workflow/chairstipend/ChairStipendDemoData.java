package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.JiangyinUnions.CITY_GROUP;
import static cn.partyunion.workflow.chairstipend.JiangyinUnions.TOWN_GROUP;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: users {@code jycity01}, {@code jytown01}…{@code jytown19} and {@code
 * jychair001}…{@code jychair300} (the demo password, provisioned by {@link ChairRegister}) and 300
 * registered chairs spread over the 19 town unions, every membership tier of the amount table and
 * every eligibility case (not in office, public payroll, large union not standalone, small union
 * not direct, term ending before or starting inside a quarter). Chairs already registered are left
 * as they are.
 */
@Component
@Profile("demo")
@Order(3)
public class ChairStipendDemoData implements DemoStep {

  static final int DEMO_CHAIRS = 300;
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高",
    "缪"
  };
  private static final String[] GIVEN = {
    "建国", "秀英", "志强", "丽华", "海峰", "静", "文斌", "晓燕", "国平", "敏", "春华", "伟", "红梅", "俊杰", "雪芳"
  };
  private static final String[] TRADES = {
    "精密机械", "纺织", "新材料", "电缆", "化纤", "汽车零部件", "物流", "包装", "电子", "食品", "钢结构", "服装"
  };
  private static final String[] SUFFIXES = {"科技", "制造", "实业", "股份"};

  /** Union sizes across every tier edge of {@code chairStipendAmount}. */
  private static final int[] MEMBERS = {
    30, 99, 100, 150, 199, 200, 350, 499, 500, 800, 999, 1000, 1500
  };

  private final IdentitySetup identity;
  private final ChairRegister register;
  private final TownUnionMapper towns;

  public ChairStipendDemoData(
      IdentitySetup identity, ChairRegister register, TownUnionMapper towns) {
    this.identity = identity;
    this.register = register;
    this.towns = towns;
  }

  @Override
  public void create(String password) {
    identity.ensureUser("jycity01", "江阴市总工会", "经办人", password);
    identity.ensureMembership("jycity01", CITY_GROUP);
    List<TownUnion> all = towns.findAll();
    all.forEach(
        town -> {
          identity.ensureUser(town.unitCode(), town.name(), "经办人", password);
          identity.ensureMembership(town.unitCode(), TOWN_GROUP, town.unitCode());
        });
    List<Chair> missing = new ArrayList<>();
    for (int i = 1; i <= DEMO_CHAIRS; i++) {
      Chair chair = demoChair(i, all);
      if (register.find(chair.chairId()) == null) {
        missing.add(chair);
      }
    }
    // through the register, which provisions each chair's login (the demo password)
    register.registerAll(missing);
  }

  /**
   * The {@code i}-th demo chair (1-based, deterministic). Scenario {@code i % 20}: 0 not in office,
   * 1 public payroll, 2 large union not standalone, 3 small union not direct, 4 took office on 15
   * August 2026 (two months of 2026Q3), 5 term ended 2025-12-31 (begun 2024-01-01 at the latest);
   * others eligible. Union sizes cycle through {@link #MEMBERS}; towns go round {@code towns} in
   * their order.
   */
  static Chair demoChair(int i, List<TownUnion> towns) {
    TownUnion town = towns.get((i - 1) % towns.size());
    int scenario = i % 20;
    int members = MEMBERS[i % MEMBERS.length];
    if (scenario == 2) {
      members = Math.max(members, 200);
    } else if (scenario == 3) {
      members = Math.min(members, 199);
    }
    boolean large = members >= 200;
    LocalDate start =
        scenario == 4 ? LocalDate.of(2026, 8, 15) : LocalDate.of(2021, 1, 1).plusDays(i * 7L);
    LocalDate end = scenario == 5 ? LocalDate.of(2025, 12, 31) : null;
    if (end != null && start.isAfter(end)) {
      // a term cannot end before it starts (the register's rule)
      start = LocalDate.of(2024, 1, 1);
    }
    String enterprise =
        "江阴%s%s%s有限公司"
            .formatted(
                town.name().substring(0, 2),
                TRADES[i % TRADES.length],
                SUFFIXES[i % SUFFIXES.length]);
    return new Chair(
        "jychair%03d".formatted(i),
        SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length],
        enterprise,
        town.unitCode(),
        members,
        large && scenario != 2,
        !large && scenario != 3,
        scenario == 1,
        scenario != 0,
        start,
        end);
  }
}
