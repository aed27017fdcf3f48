package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The aggregates of the statistics and the supervision (DOMAIN §8): each one SQL statement (GROUP
 * BY / COUNT with CASE over boundaries computed in Java), over indexed columns of {@code
 * dr_candidate} and {@code dr_review_record}; never rows. {@code parks} = {@code null} for all
 * parks, else the parks to count.
 */
@Mapper
public interface StatisticsMapper {

  /** A group and its count. */
  record KeyCount(String key, String label, long count) {}

  /** Average minutes per step. */
  record StepAverage(String step, Double averageMinutes) {}

  /** The supervision of one enterprise's open review tasks. */
  record EnterpriseLights(
      String parkCode,
      String parkName,
      String enterpriseCode,
      String enterpriseName,
      long openTasks,
      long yellow,
      long red,
      LocalDateTime oldestDueDate) {}

  /**
   * Cases per value of {@code column}, one of the whitelisted dimensions of {@link
   * DirectReportStatistics} (never client text).
   */
  List<KeyCount> countBy(@Param("column") String column, @Param("parks") List<String> parks);

  /** Cases per park, with the park's name. */
  List<KeyCount> countByPark(@Param("parks") List<String> parks);

  /**
   * Cases per age band: band {@code i} holds birth dates in {@code (bornAfter[i], bornAfter[i-1]]};
   * key = the band's index.
   */
  List<KeyCount> countByAgeBand(
      @Param("bornAfter") List<LocalDate> bornAfter, @Param("parks") List<String> parks);

  /**
   * Nominations in {@code [from, until)} per month: key = the month's index, i.e. the number of
   * {@code boundaries} (the later months' starts) at or before the nomination.
   */
  List<KeyCount> countPerMonth(
      @Param("from") LocalDateTime from,
      @Param("until") LocalDateTime until,
      @Param("boundaries") List<LocalDateTime> boundaries,
      @Param("parks") List<String> parks);

  /**
   * Average minutes of the three review steps, by step, from the sums in {@code
   * dr_review_duration}.
   */
  List<StepAverage> reviewMinutes(@Param("parks") List<String> parks);

  /**
   * Open review tasks per enterprise, oldest due first: yellow = due before {@code now} but not
   * before {@code redBefore}, red = due before {@code redBefore}.
   */
  List<EnterpriseLights> lights(
      @Param("now") LocalDateTime now,
      @Param("redBefore") LocalDateTime redBefore,
      @Param("parks") List<String> parks);

  /** Overdue cases (due before {@code dueBefore}, not before {@code dueFrom}), oldest due first. */
  List<Candidate> overdue(
      @Param("dueFrom") LocalDateTime dueFrom,
      @Param("dueBefore") LocalDateTime dueBefore,
      @Param("parks") List<String> parks,
      @Param("enterprise") String enterprise,
      @Param("offset") int offset,
      @Param("limit") int limit);

  /** Number of cases {@link #overdue} would return without paging. */
  long countOverdue(
      @Param("dueFrom") LocalDateTime dueFrom,
      @Param("dueBefore") LocalDateTime dueBefore,
      @Param("parks") List<String> parks,
      @Param("enterprise") String enterprise);
}
