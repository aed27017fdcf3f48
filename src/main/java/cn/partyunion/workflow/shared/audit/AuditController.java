package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for the audit administrator (group {@value #AUDITORS}; the break-glass {@code
 * camunda-admin} too), read only: there is no endpoint that changes or deletes a row.
 *
 * <p>{@code GET /api/audit/events?user=&kind=&from=&to=&page=0&size=50}: rows newest first as
 * {@link AuditView}, header {@code X-Total-Count}; {@code from}/{@code to} {@code yyyy-MM-dd}
 * inclusive, {@code kind} a {@link AuditKind} name. {@code GET /api/audit/events.xlsx?<same
 * filters>}: the matching rows as a spreadsheet (at most {@value #EXPORT_LIMIT}); the download is
 * itself audited ({@link AuditKind#EXPORT}). Errors: 400 for a bad filter or page (Chinese message
 * naming the allowed values), 403 for anybody else.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  /** The audit administrators' group (三权分立: reads the audit trail only). */
  public static final String AUDITORS = "auditor";

  /** Most rows one export holds. */
  static final int EXPORT_LIMIT = 50_000;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final List<String> HEADERS = List.of("时间", "用户", "来源地址", "类别", "操作", "对象", "结果");

  private final AuditMapper mapper;
  private final CurrentUser currentUser;

  public AuditController(AuditMapper mapper, CurrentUser currentUser) {
    this.mapper = mapper;
    this.currentUser = currentUser;
  }

  /** A row as the API shows it, with the Chinese labels of kind and outcome. */
  public record AuditView(
      long id,
      String occurredAt,
      String userId,
      String clientAddress,
      String kind,
      String kindLabel,
      String action,
      String target,
      String outcome,
      String outcomeLabel) {

    static AuditView of(AuditEvent e) {
      return new AuditView(
          e.id(),
          TIME.format(e.occurredAt()),
          e.userId(),
          e.clientAddress(),
          e.kind(),
          Labelled.labelOf(e.kind(), AuditKind.class).orElse(e.kind()),
          e.action(),
          e.target(),
          e.outcome(),
          Labelled.labelOf(e.outcome(), AuditOutcome.class).orElse(e.outcome()));
    }
  }

  @GetMapping("/events")
  public ResponseEntity<List<AuditView>> events(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    AuditFilter filter = filter(user, kind, from, to);
    int offset = Paging.offset(page, size);
    List<AuditView> rows = mapper.find(filter, offset, size).stream().map(AuditView::of).toList();
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(mapper.count(filter)))
        .body(rows);
  }

  @GetMapping("/events.xlsx")
  public ResponseEntity<byte[]> export(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    AuditFilter filter = filter(user, kind, from, to);
    List<AuditView> rows =
        mapper.find(filter, 0, EXPORT_LIMIT).stream().map(AuditView::of).toList();
    int[] widths = {20, 14, 16, 14, 40, 60, 8};
    byte[] workbook =
        Spreadsheets.oneSheet(
            "审计记录",
            HEADERS,
            c -> widths[c],
            (sheet, bold) -> {
              int r = 1;
              for (AuditView v : rows) {
                Row row = sheet.createRow(r++);
                String[] cells = {
                  v.occurredAt(),
                  v.userId(),
                  v.clientAddress(),
                  v.kindLabel(),
                  v.action(),
                  v.target(),
                  v.outcomeLabel()
                };
                for (int c = 0; c < cells.length; c++) {
                  row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
                }
              }
            });
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("审计记录.xlsx", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(workbook);
  }

  /**
   * The caller's filter, after the access check.
   *
   * @throws ApiException 403 unless the caller is an audit administrator; 400 for a bad value
   */
  private AuditFilter filter(String user, String kind, String from, String to) {
    if (!currentUser.isIn(AUDITORS)) {
      throw ApiException.forbidden("审计记录只有审计管理员可以查看。");
    }
    String kindName = blankToNull(kind);
    if (kindName != null && Labelled.labelOf(kindName, AuditKind.class).isEmpty()) {
      throw ApiException.badRequest(
          "参数 kind 无效，可选值："
              + Arrays.stream(AuditKind.values()).map(Enum::name).collect(Collectors.joining("、"))
              + "。");
    }
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    return new AuditFilter(
        blankToNull(user),
        kindName,
        fromDate == null ? null : fromDate.atStartOfDay(),
        toDate == null ? null : toDate.plusDays(1).atStartOfDay());
  }

  private static LocalDate date(String name, String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("参数 " + name + " 应为日期 yyyy-MM-dd。");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
