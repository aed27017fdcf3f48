package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/direct-report/statistics?park=} (DOMAIN §8 统计分析): each chart one SQL aggregate
 * ({@link StatisticsMapper}) over indexed columns; the organization department counts all parks (or
 * one, {@code park}), a park committee its own park, everybody else is refused.
 */
@Service
public class DirectReportStatistics {

  /** The whitelisted dimension columns of {@link StatisticsMapper#countBy}. */
  static final String STAGE = "c.stage";

  static final String INDUSTRY = "c.industry";
  static final String EDUCATION = "c.education";
  static final String GENDER = "c.gender";
  static final String TALENT_CATEGORY = "c.talent_category";
  static final String DISCOVERY_CHANNEL = "c.discovery_channel";

  /** Months of {@code perMonth}, the current one included. */
  static final int MONTHS = 12;

  /** One bar or slice: {@code key} as stored, {@code label} in Chinese. */
  public record Count(String key, String label, long count) {}

  /** Nominations in one month ({@code yyyy-MM}). */
  public record MonthCount(String month, long count) {}

  /** Average days a review step took (one decimal), {@code null} when no step has a duration. */
  public record ReviewDays(String step, String label, Double averageDays) {}

  /**
   * The charts. {@code byStage} is the funnel: each stage counts every candidate who reached it or
   * a later one ({@code NOMINATED} = all cases).
   */
  public record Statistics(
      List<Count> byStage,
      List<Count> byPark,
      List<Count> byIndustry,
      List<Count> byEducation,
      List<Count> byGender,
      List<Count> byAgeBand,
      List<Count> byTalentCategory,
      List<Count> byDiscoveryChannel,
      List<MonthCount> perMonth,
      List<ReviewDays> reviewDays) {}

  private final StatisticsMapper mapper;
  private final RecordVisibility access;
  private final DirectReportProperties properties;
  private final RegisterNames registerNames;

  public DirectReportStatistics(
      StatisticsMapper mapper,
      RecordVisibility access,
      DirectReportProperties properties,
      RegisterNames registerNames) {
    this.registerNames = registerNames;
    this.mapper = mapper;
    this.access = access;
    this.properties = properties;
  }

  /**
   * @param park optional park code
   * @throws ApiException 403 for a caller who is neither organization department nor park committee
   *     or a park committee asking for another park, 400 for an unknown park
   */
  public Statistics of(String park) {
    List<String> parks = access.parksFor(park);
    Map<String, String> parkNames = registerNames.read().parks();
    return new Statistics(
        funnel(parks),
        mapper.countByPark(parks).stream()
            .map(k -> new Count(k.key(), parkNames.get(k.key()), k.count()))
            .toList(),
        plain(mapper.countBy(INDUSTRY, parks), List.of()),
        plain(mapper.countBy(EDUCATION, parks), Choices.EDUCATION),
        labelled(mapper.countBy(GENDER, parks), Gender.class),
        ageBands(parks),
        labelled(mapper.countBy(TALENT_CATEGORY, parks), TalentCategory.class),
        plain(mapper.countBy(DISCOVERY_CHANNEL, parks), Choices.DISCOVERY_CHANNEL),
        perMonth(parks),
        reviewDays(parks));
  }

  private List<Count> funnel(List<String> parks) {
    Map<String, Long> byStage = counts(mapper.countBy(STAGE, parks));
    List<Count> funnel = new ArrayList<>();
    for (CandidateStage stage : CandidateStage.values()) {
      long reached =
          stage.andLater().stream().mapToLong(s -> byStage.getOrDefault(s.name(), 0L)).sum();
      funnel.add(new Count(stage.name(), stage.label(), reached));
    }
    return funnel;
  }

  private List<Count> ageBands(List<String> parks) {
    LocalDate today = EngineClock.today();
    List<Integer> upper = properties.ageBands();
    // band i: age <= upper[i] <=> born after today - (upper[i] + 1) years
    List<LocalDate> bornAfter = upper.stream().map(u -> today.minusYears(u + 1L)).toList();
    Map<String, Long> counts = counts(mapper.countByAgeBand(bornAfter, parks));
    List<Count> bands = new ArrayList<>();
    for (int i = 0; i <= upper.size(); i++) {
      String key;
      String label;
      if (i == 0) {
        key = "<=" + upper.get(0);
        label = upper.get(0) + "岁及以下";
      } else if (i == upper.size()) {
        key = (upper.get(i - 1) + 1) + "+";
        label = (upper.get(i - 1) + 1) + "岁及以上";
      } else {
        key = (upper.get(i - 1) + 1) + "-" + upper.get(i);
        label = (upper.get(i - 1) + 1) + "-" + upper.get(i) + "岁";
      }
      bands.add(new Count(key, label, counts.getOrDefault(Integer.toString(i), 0L)));
    }
    return bands;
  }

  private List<MonthCount> perMonth(List<String> parks) {
    YearMonth first = YearMonth.from(EngineClock.today()).minusMonths(MONTHS - 1);
    List<LocalDateTime> boundaries = new ArrayList<>();
    for (int i = 1; i < MONTHS; i++) {
      boundaries.add(first.plusMonths(i).atDay(1).atStartOfDay());
    }
    Map<String, Long> counts =
        counts(
            mapper.countPerMonth(
                first.atDay(1).atStartOfDay(),
                first.plusMonths(MONTHS).atDay(1).atStartOfDay(),
                boundaries,
                parks));
    List<MonthCount> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      months.add(
          new MonthCount(
              first.plusMonths(i).toString(), counts.getOrDefault(Integer.toString(i), 0L)));
    }
    return months;
  }

  private List<ReviewDays> reviewDays(List<String> parks) {
    Map<String, Double> minutes = new LinkedHashMap<>();
    mapper.reviewMinutes(parks).forEach(a -> minutes.put(a.step(), a.averageMinutes()));
    return ReviewStep.REVIEWS.stream()
        .map(
            step -> {
              Double m = minutes.get(step.name());
              return new ReviewDays(
                  step.name(), step.label(), m == null ? null : Math.round(m / 144.0) / 10.0);
            })
        .toList();
  }

  /** Counts of an enum dimension: every constant in order (zero if absent), then unknown values. */
  private static <E extends Enum<E> & Labelled> List<Count> labelled(
      List<StatisticsMapper.KeyCount> rows, Class<E> type) {
    return ordered(
        rows,
        java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
        key -> CandidateQueryService.label(key, type));
  }

  /** Counts of a dimension stored as Chinese text: the known values first (zero if absent). */
  private static List<Count> plain(List<StatisticsMapper.KeyCount> rows, List<String> known) {
    return ordered(rows, known, Function.identity());
  }

  private static List<Count> ordered(
      List<StatisticsMapper.KeyCount> rows, List<String> known, Function<String, String> label) {
    Map<String, Long> counts = counts(rows);
    List<Count> result = new ArrayList<>();
    for (String key : known) {
      result.add(new Count(key, label.apply(key), counts.getOrDefault(key, 0L)));
    }
    counts.entrySet().stream()
        .filter(e -> !known.contains(e.getKey()))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> result.add(new Count(e.getKey(), label.apply(e.getKey()), e.getValue())));
    return result;
  }

  private static Map<String, Long> counts(List<StatisticsMapper.KeyCount> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.put(r.key() == null ? "" : r.key(), r.count()));
    return counts;
  }
}
