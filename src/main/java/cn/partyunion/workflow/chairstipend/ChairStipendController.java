package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CurrentUser user;
  private final ChairRegister register;
  private final ChairImport chairImport;
  private final QuarterMapper quarters;
  private final PaymentSheet paymentSheet;
  private final TownUnionMapper towns;

  public ChairStipendController(
      CurrentUser user,
      ChairRegister register,
      ChairImport chairImport,
      QuarterMapper quarters,
      PaymentSheet paymentSheet,
      TownUnionMapper towns) {
    this.user = user;
    this.register = register;
    this.chairImport = chairImport;
    this.quarters = quarters;
    this.paymentSheet = paymentSheet;
    this.towns = towns;
  }

  /**
   * Registers or updates one chair from a JSON {@link Chair} (strict: no coercion of values, no
   * unknown fields; texts without control characters, within their column).
   *
   * @return 200 the stored chair; 400 {@code {"error","message"}} for a wrong value or type (naming
   *     the field), 415 for a body that is not JSON, 403 for a caller outside {@code jycity} (or,
   *     by session, without the CSRF token)
   */
  @PostMapping("/chairs")
  public Chair registerChair(@Valid @RequestBody Chair chair) {
    requireCity("登记工会主席");
    register.register(chair);
    return register.find(chair.chairId());
  }

  /**
   * Imports chairs from a {@code .xlsx}/{@code .csv} file (multipart field {@code file}): all rows
   * or none.
   *
   * @return 200 {@code {"imported": n}}, or 400 {@code {"error","message","rows":[{row,reason}]}};
   *     400 {@code {"error","message"}} for a missing {@code file} part, a body that is not
   *     multipart, or an unreadable file; 413 over 10 MB; 403 outside {@code jycity}
   */
  @PostMapping("/chairs/import")
  public ResponseEntity<Map<String, Object>> importChairs(@RequestParam("file") MultipartFile file)
      throws IOException {
    requireCity("导入工会主席");
    ChairImport.Result result;
    try {
      result = chairImport.read(file.getOriginalFilename(), file.getInputStream());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    if (!result.errors().isEmpty()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", "IMPORT_REJECTED");
      body.put("message", "有 %d 行数据有误，未导入任何数据，请修改后重新导入。".formatted(result.errors().size()));
      body.put("rows", result.errors());
      return ResponseEntity.badRequest().body(body);
    }
    register.registerAll(result.chairs());
    return ResponseEntity.ok(Map.of("imported", result.chairs().size()));
  }

  /** A quarter's line per chair the caller may see, ordered by chair id. */
  @GetMapping("/quarters/{quarter}")
  public List<QuarterLine> quarter(@PathVariable String quarter) {
    String key = openedQuarter(quarter).quarter();
    Scope scope = scope();
    return quarters.roster(key, scope.townUnitCode(), scope.chairId()).stream()
        .map(QuarterLine::of)
        .toList();
  }

  /** The approved payment list (.xlsx) with the lines the caller may see. */
  @GetMapping("/quarters/{quarter}/payments.xlsx")
  public ResponseEntity<byte[]> payments(@PathVariable String quarter) {
    QuarterRecord record = openedQuarter(quarter);
    if (!QuarterStatus.APPROVED.name().equals(record.status())) {
      throw ApiException.notFound("%s 的发放名单尚未审批。".formatted(record.quarter()));
    }
    Scope scope = scope();
    byte[] sheet =
        paymentSheet.write(
            record.quarter(),
            quarters.payments(record.quarter(), scope.townUnitCode(), scope.chairId()));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(record.quarter() + "工会主席津贴发放名单.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(sheet);
  }

  private QuarterRecord openedQuarter(String text) {
    String key;
    try {
      key = Quarter.parse(text).toString();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    QuarterRecord record = quarters.findQuarter(key);
    if (record == null) {
      throw ApiException.notFound("%s 尚未发起工会主席津贴考核。".formatted(key));
    }
    return record;
  }

  private void requireCity(String action) {
    if (!user.isIn(JiangyinUnions.CITY_GROUP)) {
      throw ApiException.forbidden("只有江阴市总工会可以" + action + "。");
    }
  }

  /** What the caller may see: everything (city), one town, or one chair. */
  private Scope scope() {
    if (user.isIn(JiangyinUnions.CITY_GROUP)) {
      return new Scope(null, null);
    }
    if (user.groups().contains(JiangyinUnions.TOWN_GROUP)) {
      Set<String> townCodes = towns.names().keySet();
      String town =
          user.groups().stream()
              .filter(townCodes::contains)
              .findFirst()
              .orElseThrow(() -> ApiException.forbidden("该账号未关联镇（街道）、园区工会。"));
      return new Scope(town, null);
    }
    if (user.groups().contains(JiangyinUnions.CHAIR_GROUP)) {
      return new Scope(null, user.id());
    }
    throw ApiException.forbidden("无权查看工会主席津贴。");
  }

  private record Scope(String townUnitCode, String chairId) {}

  /**
   * One chair's quarter as {@code GET /api/chair-stipend/quarters/{quarter}} returns it (DOMAIN §5
   * fields, plus name and town union); amounts in yuan.
   */
  public record QuarterLine(
      String chairId,
      String name,
      String townUnitCode,
      boolean eligible,
      String reason,
      String grade,
      BigDecimal monthlyAmount,
      int months,
      BigDecimal quarterAmount,
      String status) {

    static QuarterLine of(RosterEntry e) {
      return new QuarterLine(
          e.chairId(),
          e.chairName(),
          e.townUnitCode(),
          e.eligible(),
          e.reason(),
          e.grade(),
          e.monthlyAmount(),
          e.months(),
          e.quarterAmount(),
          e.status());
    }
  }
}
