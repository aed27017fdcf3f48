package cn.partyunion.workflow.directreport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Application API of the direct-report channel (DOMAIN §5, §8). Authentication and errors are
 * shared ({@code /api/*}): 401 without login, 403 outside the caller's visibility, 400 for a bad
 * parameter, JSON errors with Chinese messages.
 */
@RestController
@RequestMapping("/api/direct-report")
public class CandidateController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CandidateQueryService queries;
  private final CandidateExport export;
  private final DirectReportStatistics statistics;
  private final DirectReportSupervision supervision;

  public CandidateController(
      CandidateQueryService queries,
      CandidateExport export,
      DirectReportStatistics statistics,
      DirectReportSupervision supervision) {
    this.queries = queries;
    this.export = export;
    this.statistics = statistics;
    this.supervision = supervision;
  }

  /**
   * {@code GET /api/direct-report/candidates}: the 信息库 — the cases the caller may see, one page
   * ({@code page} from 0, {@code size} 1–200, default 50), header {@code X-Total-Count} = all
   * matches. Filters (each optional): {@code q} (name prefix, record number, or a full ID number
   * searched by its keyed hash), {@code park}, {@code enterprise}, {@code status} ({@link
   * CandidateStatus}), {@code stage} ({@link CandidateStage}), {@code talentCategory}, {@code
   * education}, {@code gender}, {@code nominatedFrom}/{@code nominatedTo}, {@code
   * approvedFrom}/{@code approvedTo} ({@code yyyy-MM-dd}, inclusive); {@code sort=<field>,asc|desc}
   * with the fields of {@link CandidateQueryService#SORT_COLUMNS} (default {@code
   * nominatedAt,desc}). Items: {@link CandidateView}. 400 for a bad value (the message lists the
   * allowed ones), 403 for an enterprise or park the caller may not see.
   */
  @GetMapping("/candidates")
  public ResponseEntity<List<CandidateView>> candidates(
      CandidateQueryService.Query filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    CandidateQueryService.Page result = queries.find(filter, page, size);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(result.total()))
        .body(result.items());
  }

  /**
   * {@code GET /api/direct-report/candidates.xlsx}: the same filters and sort as {@link
   * #candidates}, every matching row (no paging), as a spreadsheet with Chinese headers ({@link
   * CandidateExport#HEADERS}).
   */
  @GetMapping("/candidates.xlsx")
  public void candidatesXlsx(CandidateQueryService.Query filter, HttpServletResponse response)
      throws IOException {
    CandidateExport.Writer writer = export.prepare(filter);
    response.setContentType(XLSX);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"candidates.xlsx\"; filename*=UTF-8''"
            + URLEncoder.encode("信息库.xlsx", StandardCharsets.UTF_8));
    writer.writeTo(response.getOutputStream());
  }

  /**
   * {@code GET /api/direct-report/candidates/{recordNo}}: the 纪实 header ({@link
   * CandidateRecordView}); 404 for an unknown record number, 403 for a case the caller may not see.
   */
  @GetMapping("/candidates/{recordNo}")
  public CandidateRecordView candidate(@PathVariable String recordNo) {
    return queries.record(recordNo);
  }

  /** {@code GET /api/direct-report/candidates/{recordNo}/timeline}: every step, oldest first. */
  @GetMapping("/candidates/{recordNo}/timeline")
  public List<TimelineView> timeline(@PathVariable String recordNo) {
    return queries.timeline(recordNo);
  }

  /**
   * {@code GET /api/direct-report/statistics?park=}: the charts of 统计分析 ({@link
   * DirectReportStatistics.Statistics}); organization department (optionally one park) or a park
   * committee (its own park; another park 403); everybody else 403.
   */
  @GetMapping("/statistics")
  public DirectReportStatistics.Statistics statistics(@RequestParam(required = false) String park) {
    return statistics.of(blankToNull(park));
  }

  /**
   * {@code GET /api/direct-report/supervision}: open review tasks per enterprise with yellow and
   * red counts, oldest due date first; organization department all, a park committee its own.
   */
  @GetMapping("/supervision")
  public List<DirectReportSupervision.EnterpriseLights> supervision() {
    return supervision.lights();
  }

  /**
   * {@code GET
   * /api/direct-report/supervision/tasks?park=&enterprise=&light=YELLOW|RED&page=&size=}: the
   * overdue cases, oldest due first, header {@code X-Total-Count}.
   */
  @GetMapping("/supervision/tasks")
  public ResponseEntity<List<DirectReportSupervision.OverdueCase>> overdue(
      @RequestParam(required = false) String park,
      @RequestParam(required = false) String enterprise,
      @RequestParam(required = false) String light,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    DirectReportSupervision.Page result =
        supervision.overdue(
            blankToNull(park), blankToNull(enterprise), blankToNull(light), page, size);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(result.total()))
        .body(result.items());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
