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

  /** Each grade's share of one panel in whole per cent, in the order 好, 较好, 一般, 差. */
  static String shares(int excellent, int good, int fair, int poor) {
    int total = excellent + good + fair + poor;
    if (total == 0) {
      return "无人评定";
    }
    int[] counts = {excellent, good, fair, poor};
    Grade[] grades = Grade.values();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      if (i > 0) {
        text.append(" · ");
      }
      text.append(grades[i].label())
          .append(' ')
          .append(Math.round(counts[i] * 100.0 / total))
          .append('%');
    }
    return text.toString();
  }
}
