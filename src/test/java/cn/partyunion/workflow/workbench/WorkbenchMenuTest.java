package cn.partyunion.workflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The menu of each role (DOMAIN §8 table), computed in one place from the user's groups. */
class WorkbenchMenuTest {

  private final WorkbenchMenu menu = new WorkbenchMenu();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "orgdept;首页,信息库,统计分析,红黄灯督办,企业登记册,园区登记册,产业链党委登记册,特约培养联系人登记册,首席服务员登记册",
        "park park01;首页,信息库,统计分析,红黄灯督办",
        "liaison;首页,信息库",
        "enterprise ent01;首页,我的推荐,信息库",
        "hhoffice;首页,筹备评议会,述职评议结果,述职单位登记册,评议代表登记册",
        "hhdeputy;首页,逐单位点评,述职评议结果",
        "hhunit hhunit01;首页,述职评议结果",
        "hhrater hhraterworker;首页,测评表",
        "jycity;首页,津贴季度,工会主席登记册",
        "jytown jytown01;首页,津贴季度,工会主席登记册",
        "jychair;首页,津贴季度",
        "auditor;首页,审计记录",
        "sysadmin;首页",
        "secadmin;首页",
        "camunda-admin;首页,我的推荐,信息库,统计分析,红黄灯督办,筹备评议会,测评表,逐单位点评,述职评议结果,津贴季度,企业登记册,园区登记册,产业链党委登记册,特约培养联系人登记册,首席服务员登记册,述职单位登记册,评议代表登记册,工会主席登记册,审计记录"
      })
  void eachRoleSeesItsPages(String groups, String titles) {
    List<String> groupIds = List.of(groups.split(" "));
    assertThat(menu.entries(groupIds))
        .extracting(WorkbenchMenu.Entry::title)
        .containsExactly(titles.split(","));
    for (WorkbenchPage page : WorkbenchPage.values()) {
      boolean listed = menu.entries(groupIds).stream().anyMatch(e -> e.path().equals(page.path()));
      assertThat(menu.allows(page, groupIds)).as(groups + " " + page).isEqualTo(listed);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "/workbench/candidates?status=MATURE,/workbench/candidates?status=MATURE",
    "https://evil.example/,/workbench/",
    "//evil.example/workbench/,/workbench/",
    "/workbench//evil.example,/workbench/",
    "/workbench/login?next=x,/workbench/",
    "/camunda/app/,/workbench/"
  })
  void theLoginGoesBackOnlyToAWorkbenchPage(String next, String target) {
    assertThat(WorkbenchController.safeNext(next)).isEqualTo(target);
  }
}
