package cn.partyunion.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.chairstipend.TownUnion;
import cn.partyunion.workflow.chairstipend.TownUnionMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real units of the source articles are reference data of every profile (Flyway migrations), in
 * the articles' order: Jiangyin's 19 town, street and park unions (DOMAIN §3) and Honghe's 13
 * counties and cities (DOMAIN §2).
 */
@WorkflowSpringTest
class ReferenceDataTest {

  @Autowired TownUnionMapper towns;
  @Autowired JdbcTemplate jdbc;

  @Test
  void jiangyinHasItsNineteenTownStreetAndParkUnionsInTheArticlesOrder() {
    List<String> names =
        List.of(
            "澄江街道", "南闸街道", "云亭街道", "申港街道", "夏港街道", "利港街道", "月城镇", "青阳镇", "徐霞客镇", "华士镇", "周庄镇",
            "新桥镇", "长泾镇", "顾山镇", "祝塘镇", "璜土镇", "江阴高新区", "临港经济开发区", "靖江园区");
    assertThat(towns.findAll())
        .extracting(TownUnion::unitCode)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 19)
                .mapToObj("jytown%02d"::formatted)
                .toList());
    assertThat(towns.findAll())
        .extracting(TownUnion::name)
        .containsExactlyElementsOf(names.stream().map(name -> name + "工会").toList());
  }

  @Test
  void honghesThirteenCountiesAndCitiesReportFirst() {
    assertThat(
            jdbc.queryForList(
                "SELECT unit_name FROM rm_unit WHERE unit_kind = 'COUNTY' " + "ORDER BY sort_order",
                String.class))
        .containsExactly(
            "个旧市",
            "开远市",
            "蒙自市",
            "弥勒市",
            "建水县",
            "石屏县",
            "泸西县",
            "元阳县",
            "红河县",
            "金平苗族瑶族傣族自治县",
            "绿春县",
            "河口瑶族自治县",
            "屏边苗族自治县");
    assertThat(
            jdbc.queryForList(
                "SELECT unit_code FROM rm_unit WHERE unit_kind = 'COUNTY' " + "ORDER BY sort_order",
                String.class))
        .startsWith("hhunit01")
        .endsWith("hhunit13");
  }
}
