package cn.partyunion.workflow.chairstipend;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/**
 * The read side of the chair stipend for the workbench (issue 10, page 7): quarters with counts, a
 * quarter's lines paged and filtered on the server, totals per town, one chair's history. Every
 * count and sum is SQL aggregation; every filter has an index ({@code V4_1}, {@code V10_3}).
 */
@Mapper
public interface StipendReadMapper {

  /**
   * Every quarter, newest first, counted over one town's chairs ({@code town}), one chair's line
   * ({@code chairId}: quarters without that chair are left out) or every chair (both null).
   */
  List<QuarterSummary> quarters(@Param("town") String town, @Param("chairId") String chairId);

  /** One page of the lines matching {@code q}. */
  List<StipendLine> lines(
      @Param("q") LineQuery query, @Param("offset") int offset, @Param("limit") int limit);

  /** Number of the lines matching {@code q}. */
  long countLines(@Param("q") LineQuery query);

  /** Every line matching {@code q}, handed one by one to {@code handler} (the export). */
  void streamLines(@Param("q") LineQuery query, ResultHandler<StipendLine> handler);

  /**
   * Totals per town union of {@code quarter} in the article's order: every town ({@code town} null)
   * or one, towns without chairs included with zeros.
   */
  List<TownTotal> townTotals(@Param("quarter") String quarter, @Param("town") String town);

  /** One chair's lines, newest quarter first; only those in {@code town} unless it is null. */
  List<StipendLine> chairHistory(@Param("chairId") String chairId, @Param("town") String town);
}
