package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.ImportRejectedException;
import cn.partyunion.workflow.shared.web.ImportRejectionHandler;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The chair stipend's application API (DOMAIN §5). Registering and importing chairs is for {@code
 * jycity} only; a quarter's lines and payments are visible to {@code jycity} in full, to a town
 * union for its own chairs, and to a chair for their own line.
 */
@RestController
@RequestMapping("/api/chair-stipend")
public class ChairStipendController {

  private final CurrentUser user;
  private final ChairRegister register;
  private final QuarterMapper quarters;
  private final PaymentSheet paymentSheet;
  private final StipendLines lines;
  private final QuarterLineSheet lineSheet;

  public ChairStipendController(
      CurrentUser user,
      ChairRegister register,
      QuarterMapper quarters,
      PaymentSheet paymentSheet,
      StipendLines lines,
      QuarterLineSheet lineSheet) {
    this.user = user;
    this.register = register;
    this.quarters = quarters;
    this.paymentSheet = paymentSheet;
    this.lines = lines;
    this.lineSheet = lineSheet;
  }

  /**
   * Registers or updates one chair from a JSON {@link Chair} (strict: no coercion of values, no
   * unknown fields; texts without control characters, within their column) through the chair
   * register ({@link ChairRegister#register}, which also provisions the chair's login).
   *
   * @return 200 the stored chair; 400 {@code {"error","message"}} for a wrong value or type (naming
   *     the field), 415 for a body that is not JSON, 403 for a caller outside {@code jycity} (or,
   *     by session, without the CSRF token)
   */
  @PostMapping("/chairs")
  public ChairRegister.ChairView registerChair(@Valid @RequestBody Chair chair) {
    requireCity("登记工会主席");
    return register.register(chair).chair();
  }

  /**
   * Imports chairs from a {@code .xlsx}/{@code .csv} file (multipart field {@code file}): all rows
   * or none, through {@link ChairRegister#importSheet} (as {@code POST
   * /api/registers/chairs/import}, answering bad rows with 400 as before).
   *
   * @return 200 {@code {imported, created, updated, logins}}, or 400 {@code
   *     {"error","message","rows":[{row,reason}]}}; 400 {@code {"error","message"}} for a missing
   *     {@code file} part, a body that is not multipart, or an unreadable file; 413 over 10 MB; 403
   *     outside {@code jycity}
   */
  @PostMapping("/chairs/import")
  public ResponseEntity<Object> importChairs(@RequestParam("file") MultipartFile file)
      throws IOException {
    requireCity("导入工会主席");
    try {
      return ResponseEntity.ok(
          register.importSheet(file.getOriginalFilename(), file.getInputStream()));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    } catch (ImportRejectedException e) {
      return ResponseEntity.badRequest().body(ImportRejectionHandler.body(e));
    }
  }

  /**
   * {@code GET /api/chair-stipend/quarters}: every quarter, newest first, with the counts over the
   * chairs the caller may see ({@link QuarterSummary}; a chair: only the quarters it is in).
   *
   * @throws ApiException 403 outside {@code jycity}, {@code jytown}, {@code jychair}
   */
  @GetMapping("/quarters")
  public List<QuarterSummary> quarters() {
    return lines.quarters();
  }

  /**
   * {@code GET
   * /api/chair-stipend/quarters/{quarter}?town=&status=&eligible=&q=&sort=&page=0&size=50}: a page
   * of the quarter's lines the caller may see ({@link QuarterLine}), ordered by {@code sort}
   * (default chair id); header {@code X-Total-Count} = all matching lines. Filters: {@code town}
   * (town union code), {@code status} ({@link RosterStatus} name), {@code eligible} ({@code
   * true}/{@code false}), {@code q} (prefix of chair id, name or enterprise name).
   *
   * @throws ApiException 400 for a bad quarter, filter, sort or page ({@code size} 1–200), 403 for
   *     another town's chairs or outside the stipend's groups, 404 for a quarter never opened
   */
  @GetMapping("/quarters/{quarter}")
  public ResponseEntity<List<QuarterLine>> quarter(
      @PathVariable String quarter,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String eligible,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    StipendLines.Page result =
        lines.page(lines.query(quarter, town, status, eligible, q, sort), page, size);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(result.total()))
        .body(result.items());
  }

  /**
   * {@code GET /api/chair-stipend/quarters/{quarter}.xlsx}: exactly the lines of the list with the
   * same filters and sort (not paged), Chinese headers ({@link QuarterLineSheet}).
   *
   * @throws ApiException as {@link #quarter}
   */
  @GetMapping("/quarters/{quarter}.xlsx")
  public ResponseEntity<byte[]> quarterSheet(
      @PathVariable String quarter,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String eligible,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort) {
    LineQuery query = lines.query(quarter, town, status, eligible, q, sort);
    return Spreadsheets.download(query.quarter() + "工会主席津贴名单.xlsx", lineSheet.write(query));
  }

  /**
   * {@code GET /api/chair-stipend/quarters/{quarter}/towns}: {@code {quarter, towns:
   * [{townUnitCode, townName, chairs, eligible, assessed, totalAmount}], total: {…, townName 合计}}},
   * every town in the article's order for {@code jycity}, its own row for a town union.
   *
   * @throws ApiException 400 bad quarter, 403 a chair or outside the stipend's groups, 404 a
   *     quarter never opened
   */
  @GetMapping("/quarters/{quarter}/towns")
  public Map<String, Object> towns(@PathVariable String quarter) {
    return lines.townTotals(quarter);
  }

  /**
   * {@code GET /api/chair-stipend/chairs/{chairId}/quarters}: one chair's lines, newest quarter
   * first (the chair itself, its town union, {@code jycity}).
   *
   * @throws ApiException 403 anyone else, 404 a chair not in the register
   */
  @GetMapping("/chairs/{chairId}/quarters")
  public List<QuarterLine> chairQuarters(@PathVariable String chairId) {
    return lines.chairHistory(chairId);
  }

  /**
   * {@code GET /api/chair-stipend/my-quarters}: the logged-in chair's lines, newest first.
   *
   * @throws ApiException 403 for a caller who is not a chair
   */
  @GetMapping("/my-quarters")
  public List<QuarterLine> myQuarters() {
    return lines.myLines();
  }

  /**
   * The approved payment list (.xlsx, totals row) with the lines the caller may see: {@code jycity}
   * every chair, a town union its chairs, a chair its own line.
   *
   * @throws ApiException 404 for a quarter not approved, 403 outside the stipend's groups
   */
  @GetMapping("/quarters/{quarter}/payments.xlsx")
  public ResponseEntity<byte[]> payments(@PathVariable String quarter) {
    QuarterRecord record = lines.quarter(quarter);
    if (!QuarterStatus.APPROVED.name().equals(record.status())) {
      throw ApiException.notFound("%s 的发放名单尚未审批。".formatted(record.quarter()));
    }
    StipendLines.Scope scope = lines.scope();
    byte[] sheet =
        paymentSheet.write(
            record.quarter(),
            quarters.payments(record.quarter(), scope.townUnitCode(), scope.chairId()));
    return Spreadsheets.download(record.quarter() + "工会主席津贴发放名单.xlsx", sheet);
  }

  private void requireCity(String action) {
    if (!user.isIn(JiangyinUnions.CITY_GROUP)) {
      throw ApiException.forbidden("只有江阴市总工会可以" + action + "。");
    }
  }

  /**
   * One chair's line of a quarter as the API returns it: DOMAIN §5's fields ({@code chairId,
   * eligible, reason, grade, monthlyAmount, months, quarterAmount, status}) plus the quarter, name,
   * enterprise, town union, labels, score and the caller's open task of the chair ({@code taskId}
   * for a Tasklist link, null when none is open or the caller may not see it). Amounts in yuan;
   * {@code reason} is the stored Chinese reason (null when eligible), {@code reasonLabel} the same
   * text, shown as it is.
   */
  public record QuarterLine(
      String quarter,
      String chairId,
      String name,
      String enterpriseName,
      String townUnitCode,
      String townName,
      Integer unionMembers,
      boolean eligible,
      String reason,
      String reasonLabel,
      String grade,
      String gradeLabel,
      Integer score,
      BigDecimal monthlyAmount,
      Integer months,
      BigDecimal quarterAmount,
      String status,
      String statusLabel,
      String taskId) {

    static QuarterLine of(StipendLine line, String taskId) {
      return new QuarterLine(
          line.quarter(),
          line.chairId(),
          line.chairName(),
          line.enterpriseName(),
          line.townUnitCode(),
          line.townName(),
          line.unionMembers(),
          Boolean.TRUE.equals(line.eligible()),
          line.reason(),
          line.reason(),
          line.grade(),
          line.grade() == null ? null : StipendLines.gradeLabel(line.grade()),
          line.score(),
          line.monthlyAmount(),
          line.months(),
          line.quarterAmount(),
          line.status(),
          StipendLines.statusLabel(line.status()),
          taskId);
    }
  }
}
