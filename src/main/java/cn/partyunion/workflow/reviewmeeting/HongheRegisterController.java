package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.ImportSummary;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
 * {@code /api/registers/units} and {@code /api/registers/raters}: Honghe's registers of reporting
 * units and raters (DOMAIN §2, §7), for the organizer ({@code hhoffice}) and administrators only;
 * anyone else — a reporting unit, a rater, the deputy secretary — gets 403. Bodies are JSON objects
 * with the columns' field names ({@link UnitRegister#COLUMNS}, {@link RaterRegister#COLUMNS}), text
 * values (a sort order may be a whole number); unknown fields are refused.
 *
 * <p>Each register: {@code GET ?q=&page=0&size=50} (header {@code X-Total-Count}), {@code GET
 * .xlsx?q=}, {@code GET /{id}}, {@code POST} (201 {@code {unit|rater, login}}; 409 an id registered
 * already), {@code PUT /{id}}, {@code POST /import} (multipart {@code file}: 200 {@code {imported,
 * created, updated, logins}}, 422 the bad rows, nothing stored). A login's {@code initialPassword}
 * is shown in that one answer only.
 */
@RestController
@RequestMapping("/api/registers")
public class HongheRegisterController {

  private final CurrentUser user;
  private final UnitRegister units;
  private final RaterRegister raters;

  public HongheRegisterController(CurrentUser user, UnitRegister units, RaterRegister raters) {
    this.user = user;
    this.units = units;
    this.raters = raters;
  }

  @GetMapping("/units")
  public ResponseEntity<List<RegisteredUnit>> listUnits(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    requireOffice();
    UnitRegister.Page result = units.page(q, page, size);
    return Paging.answer(result.items(), result.total());
  }

  @GetMapping("/units.xlsx")
  public ResponseEntity<byte[]> exportUnits(@RequestParam(required = false) String q) {
    requireOffice();
    return Spreadsheets.download("述职单位登记册.xlsx", units.export(q));
  }

  @GetMapping("/units/{unitCode}")
  public RegisteredUnit unit(@PathVariable String unitCode) {
    requireOffice();
    return units.get(unitCode);
  }

  @PostMapping("/units")
  public ResponseEntity<UnitRegister.Registered> createUnit(@RequestBody Map<String, Object> body) {
    requireOffice();
    return ResponseEntity.status(HttpStatus.CREATED).body(units.create(body));
  }

  @PutMapping("/units/{unitCode}")
  public UnitRegister.Registered updateUnit(
      @PathVariable String unitCode, @RequestBody Map<String, Object> body) {
    requireOffice();
    return units.update(unitCode, body);
  }

  @PostMapping("/units/import")
  public ImportSummary importUnits(@RequestParam("file") MultipartFile file) throws IOException {
    return importSheet(file, units::importSheet);
  }

  @GetMapping("/raters")
  public ResponseEntity<List<RegisteredRater>> listRaters(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String panel,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    requireOffice();
    RaterRegister.Page result = raters.page(q, panel, page, size);
    return Paging.answer(result.items(), result.total());
  }

  @GetMapping("/raters.xlsx")
  public ResponseEntity<byte[]> exportRaters(
      @RequestParam(required = false) String q, @RequestParam(required = false) String panel) {
    requireOffice();
    return Spreadsheets.download("评议代表登记册.xlsx", raters.export(q, panel));
  }

  @GetMapping("/raters/{raterId}")
  public RegisteredRater rater(@PathVariable String raterId) {
    requireOffice();
    return raters.get(raterId);
  }

  @PostMapping("/raters")
  public ResponseEntity<RaterRegister.Registered> createRater(
      @RequestBody Map<String, Object> body) {
    requireOffice();
    return ResponseEntity.status(HttpStatus.CREATED).body(raters.create(body));
  }

  @PutMapping("/raters/{raterId}")
  public RaterRegister.Registered updateRater(
      @PathVariable String raterId, @RequestBody Map<String, Object> body) {
    requireOffice();
    return raters.update(raterId, body);
  }

  @PostMapping("/raters/import")
  public ImportSummary importRaters(@RequestParam("file") MultipartFile file) throws IOException {
    return importSheet(file, raters::importSheet);
  }

  private <T> T importSheet(MultipartFile file, BiFunction<String, InputStream, T> importer)
      throws IOException {
    requireOffice();
    try {
      return importer.apply(file.getOriginalFilename(), file.getInputStream());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private void requireOffice() {
    if (!user.isIn(ReviewMeetingRoles.OFFICE)) {
      throw ApiException.forbidden("只有州产改办（述职评议组织者）可以查看和维护述职单位、评议代表登记册。");
    }
  }
}
