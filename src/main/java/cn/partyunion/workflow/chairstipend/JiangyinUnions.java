package cn.partyunion.workflow.chairstipend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Jiangyin groups of DOMAIN §4 and the 19 town, street and park unions of seed 001
 * (group ids {@code jytown01}…{@code jytown19} in the article's order).
 */
public final class JiangyinUnions {

  /** 江阴市总工会: starts quarters, imports chairs, approves the list. */
  public static final String CITY_GROUP = "jycity";
  /** All town/street/park unions; each user is also in its own {@code jytownNN} group. */
  public static final String TOWN_GROUP = "jytown";
  /** Enterprise union chairs (user id = chair id). */
  public static final String CHAIR_GROUP = "jychair";

  private static final List<String> TOWN_NAMES = List.of("澄江街道", "南闸街道", "云亭街道",
      "申港街道", "夏港街道", "利港街道", "月城镇", "青阳镇", "徐霞客镇", "华士镇", "周庄镇", "新桥镇",
      "长泾镇", "顾山镇", "祝塘镇", "璜土镇", "江阴高新区", "临港经济开发区", "靖江园区");

  /** Town union code ({@code jytown01}…) → Chinese name, in the article's order. */
  public static final Map<String, String> TOWNS = towns();

  private JiangyinUnions() {}

  private static Map<String, String> towns() {
    Map<String, String> towns = new LinkedHashMap<>();
    IntStream.range(0, TOWN_NAMES.size())
        .forEach(i -> towns.put("jytown%02d".formatted(i + 1), TOWN_NAMES.get(i) + "工会"));
    return java.util.Collections.unmodifiableMap(towns);
  }
}
