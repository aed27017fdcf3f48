package cn.partyunion.workflow.directreport;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Application API of the direct-report channel (DOMAIN §5). Authentication and errors are shared
 * ({@code /api/*}): 401 without login, 403 outside the caller's visibility, JSON errors with
 * Chinese messages.
 */
@RestController
@RequestMapping("/api/direct-report/candidates")
public class CandidateController {

  private final CandidateQueryService queries;

  public CandidateController(CandidateQueryService queries) {
    this.queries = queries;
  }

  /**
   * {@code GET /api/direct-report/candidates?status=&enterprise=&page=0&size=50}: the cases the
   * caller may see, newest first; the header {@code X-Total-Count} gives the number of all matching
   * cases. 400 {@code {"error","message"}} for an unknown status or a bad page ({@code page} ≥ 0,
   * {@code size} 1–200, {@code page × size} within an int), 403 for an enterprise the caller may
   * not see.
   */
  @GetMapping
  public ResponseEntity<List<CandidateView>> candidates(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String enterprise,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    CandidateQueryService.Page result =
        queries.find(blankToNull(status), blankToNull(enterprise), page, size);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(result.total()))
        .body(result.items());
  }

  /** {@code GET /api/direct-report/candidates/{recordNo}/timeline}: every step, oldest first. */
  @GetMapping("/{recordNo}/timeline")
  public List<TimelineView> timeline(@PathVariable String recordNo) {
    return queries.timeline(recordNo);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
