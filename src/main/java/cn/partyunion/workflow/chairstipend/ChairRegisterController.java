package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.ImportSummary;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/registers/chairs}: Jiangyin's chair register (DOMAIN §7). The city union ({@code
 * jycity}) and administrators list, read, register, change, import and export every town union's
 * chairs, with full ID and phone numbers; a town union ({@code jytown}) lists, reads and exports
 * its own town's chairs only, masked, and may not change or import; anyone else (a chair included)
 * is refused with 403. Bodies are {@link Chair} JSON (strict types, no unknown fields).
 */
@RestController
@RequestMapping("/api/registers")
public class ChairRegisterController {

  private final CurrentUser user;
  private final StipendLines lines;
  private final ChairRegister register;

  public ChairRegisterController(CurrentUser user, StipendLines lines, ChairRegister register) {
    this.user = user;
    this.lines = lines;
    this.register = register;
  }

  /**
   * {@code GET /api/registers/chairs?q=&town=&page=0&size=50}: a page of chairs by chair id ({@link
   * ChairRegister.ChairView}), header {@code X-Total-Count} = all matches; {@code q} a chair id
   * prefix, part of the name or enterprise, or a full ID number; {@code town} a town union code.
   *
   * @throws ApiException 400 bad town or page, 403 outside {@code jycity}/{@code jytown}
   */
  @GetMapping("/chairs")
  public ResponseEntity<List<ChairRegister.ChairView>> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    ChairRegister.Page result = register.page(readScope(), q, town, page, size);
    return Paging.answer(result.items(), result.total());
  }

  /**
   * {@code GET /api/registers/chairs.xlsx?q=&town=}: the chairs of the same filter, every one, with
   * the import's Chinese headers (an exported sheet imports again).
   *
   * @throws ApiException as {@link #list}
   */
  @GetMapping("/chairs.xlsx")
  public ResponseEntity<byte[]> export(
      @RequestParam(required = false) String q, @RequestParam(required = false) String town) {
    return Spreadsheets.download("工会主席登记册.xlsx", register.export(readScope(), q, town));
  }

  /**
   * {@code GET /api/registers/chairs/{chairId}}: one chair.
   *
   * @throws ApiException 403 outside {@code jycity}/{@code jytown}, 404 unknown or another town's
   */
  @GetMapping("/chairs/{chairId}")
  public ChairRegister.ChairView get(@PathVariable String chairId) {
    return register.view(chairId, readScope());
  }

  /**
   * {@code POST /api/registers/chairs}: registers a new chair and its login.
   *
   * @return 201 {@code {chair, login: {userId, initialPassword}}} ({@code initialPassword} shown
   *     this once; null when the login existed)
   * @throws ApiException 400 every problem in Chinese, 409 a chair id registered already, 403
   *     outside {@code jycity}
   */
  @PostMapping("/chairs")
  public ResponseEntity<ChairRegister.Registered> create(@RequestBody Chair chair) {
    requireCity("登记");
    return ResponseEntity.status(HttpStatus.CREATED).body(register.create(chair));
  }

  /**
   * {@code PUT /api/registers/chairs/{chairId}}: changes a chair (every field but the id).
   *
   * @throws ApiException 400, 403 as {@link #create}; 404 a chair not registered
   */
  @PutMapping("/chairs/{chairId}")
  public ChairRegister.Registered update(@PathVariable String chairId, @RequestBody Chair chair) {
    requireCity("修改");
    return register.update(chairId, chair);
  }

  /**
   * {@code POST /api/registers/chairs/import} (multipart field {@code file}, {@code .xlsx} or
   * {@code .csv}): all rows or none.
   *
   * @return 200 {@code {imported, created, updated, logins: [{userId, initialPassword}]}}; 422
   *     {@code {error: IMPORT_REJECTED, message, rows: [{row, reason}]}}; 400 an unreadable file or
   *     header; 403 outside {@code jycity}
   */
  @PostMapping("/chairs/import")
  public ImportSummary importSheet(@RequestParam("file") MultipartFile file) throws IOException {
    requireCity("导入");
    try {
      return register.importSheet(file.getOriginalFilename(), file.getInputStream());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The caller's town union, null for the city union; 403 for everybody else. */
  private String readScope() {
    if (user.isIn(JiangyinUnions.CITY_GROUP) || user.groups().contains(JiangyinUnions.TOWN_GROUP)) {
      return lines.scope().townUnitCode();
    }
    throw ApiException.forbidden("只有江阴市总工会和镇（街道）、园区工会可以查看工会主席登记册。");
  }

  private void requireCity(String action) {
    if (user.isIn(JiangyinUnions.CITY_GROUP)) {
      return;
    }
    if (user.groups().contains(JiangyinUnions.TOWN_GROUP)) {
      throw ApiException.forbidden("镇（街道）、园区工会只能查看本单位的工会主席，" + action + "工会主席由江阴市总工会办理。");
    }
    throw ApiException.forbidden("只有江阴市总工会可以" + action + "工会主席。");
  }
}
