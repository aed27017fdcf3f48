package cn.partyunion.workflow.chairstipend;

/**
 * The Jiangyin groups of DOMAIN §4. The 19 town, street and park unions themselves ({@code
 * jytown01}…{@code jytown19}) are reference data in the table {@code cs_town_union} ({@link
 * TownUnionMapper}).
 */
public final class JiangyinUnions {

  /** 江阴市总工会: starts quarters, imports chairs, approves the list. */
  public static final String CITY_GROUP = "jycity";

  /** All town/street/park unions; each user is also in its own {@code jytownNN} group. */
  public static final String TOWN_GROUP = "jytown";

  /** Enterprise union chairs (user id = chair id). */
  public static final String CHAIR_GROUP = "jychair";

  private JiangyinUnions() {}
}
