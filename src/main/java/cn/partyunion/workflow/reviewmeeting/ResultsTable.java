package cn.partyunion.workflow.reviewmeeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tallied results as the confirmation form's table shows them (form-js {@code table} bound to
 * {@code resultsTable}): one row per unit, best first, with its rank, score, overall grade, each
 * panel's shares of the four grades (DOMAIN §2.4: "the share of each grade per panel"), the report
 * status and the deputy secretary's comment. Counts and shares only: no rater is named.
 */
final class ResultsTable {

  private ResultsTable() {}

  /**
   * @param results the meeting's results, best first, with comments ({@link
   *     ReviewMeetingMapper#findResults})
   * @return rows of {@code rank, unitName, score (text, two decimals), grade (好…差), workerShares,
   *     managerShares ("好 50% · 较好 30% · 一般 20% · 差 0%", or "无人评定"), report (提交情况), comment
   *     ("（未点评）" when none)}
   */
  static List<Map<String, Object>> rows(List<UnitResult> results) {
    return results.stream().map(ResultsTable::row).toList();
  }

  private static Map<String, Object> row(UnitResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", r.rank());
    row.put("unitName", r.unitName());
    row.put("score", r.score().toPlainString());
    row.put("grade", r.grade().label());
    row.put(
        "workerShares",
        shares(r.workerExcellent(), r.workerGood(), r.workerFair(), r.workerPoor()));
    row.put(
        "managerShares",
        shares(r.managerExcellent(), r.managerGood(), r.managerFair(), r.managerPoor()));
    row.put("report", r.reportStatus() == null ? "" : r.reportStatus().label());
    row.put("comment", r.comment() == null || r.comment().isBlank() ? "（未点评）" : r.comment());
    return row;
  }

  /**
   * Each grade's share of one panel in whole per cent, in the order 好, 较好, 一般, 差, adding up to
   * exactly 100: each share is rounded down and the points left over go to the largest remainders
   * (on equal remainders, to the better grade), so that 1/1/1 reads 34/33/33 and never 33/33/33.
   */
  static String shares(int excellent, int good, int fair, int poor) {
    int total = excellent + good + fair + poor;
    if (total == 0) {
      return "无人评定";
    }
    int[] counts = {excellent, good, fair, poor};
    int[] percents = new int[counts.length];
    int left = 100;
    for (int i = 0; i < counts.length; i++) {
      percents[i] = counts[i] * 100 / total;
      left -= percents[i];
    }
    for (; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < counts.length; i++) {
        if (remainder(counts[i], total) > remainder(counts[best], total)) {
          best = i;
        }
      }
      percents[best]++;
      counts[best] = 0;
    }
    Grade[] grades = Grade.values();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < percents.length; i++) {
      if (i > 0) {
        text.append(" · ");
      }
      text.append(grades[i].label()).append(' ').append(percents[i]).append('%');
    }
    return text.toString();
  }

  private static int remainder(int count, int total) {
    return count * 100 % total;
  }
}
