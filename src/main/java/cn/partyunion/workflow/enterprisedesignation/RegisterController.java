package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Chongchuan registers' API (DOMAIN §7, §8), for the organization department only (403 with a
 * Chinese message for everybody else): {@code /api/registers/{register}} with {@code register} one
 * of {@code enterprises}, {@code parks}, {@code chains}, {@code liaisons}, {@code officers}.
 *
 * <ul>
 *   <li>{@code GET …?q=&page=0&size=50}: a page by key (header {@code X-Total-Count}); {@code GET
 *       …/{key}}: one row (404 when not registered)
 *   <li>{@code POST …} (JSON): register; {@code PUT …/{key}} (JSON, every field): update — 200
 *       {@code {entry, logins: [{userId, initialPassword}]}}, the logins created now with their
 *       one-time password, shown once; 400 with every problem in Chinese
 *   <li>{@code POST …/import} (multipart {@code file}, {@code .xlsx} or {@code .csv}): new rows,
 *       all or none — 200 {@code {imported, logins}}; 422 {@code {error: "IMPORT_REJECTED",
 *       message, rows: [{row, reason}]}}; 400 for an unreadable file or header
 *   <li>{@code GET /api/registers/{register}.xlsx?q=}: the rows found, Chinese headers (the sheet
 *       imports again)
 * </ul>
 *
 * Every write and export is audited by {@code AuditHttpFilter} ({@code REGISTER_CHANGE}, {@code
 * EXPORT}).
 */
@RestController
public class RegisterController {

  private static final String REGISTERS = "{register:enterprises|parks|chains|liaisons|officers}";
  private static final String BASE = "/api/registers/" + REGISTERS;

  private final RegisterService registers;

  public RegisterController(RegisterService registers) {
    this.registers = registers;
  }

  @GetMapping(BASE)
  public ResponseEntity<List<Object>> list(
      @PathVariable String register,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (q != null && q.length() > 100) {
      throw ApiException.badRequest("查询条件最多100个字符。");
    }
    RegisterService.Page result = registers.page(register, q, page, size);
    return Paging.answer(result.items(), result.total());
  }

  @GetMapping(BASE + "/{key}")
  public Object get(@PathVariable String register, @PathVariable String key) {
    return registers.get(register, key);
  }

  @PostMapping(BASE)
  public RegisterService.Saved create(
      @PathVariable String register, @RequestBody Map<String, Object> body) {
    return registers.create(register, body);
  }

  @PutMapping(BASE + "/{key}")
  public RegisterService.Saved update(
      @PathVariable String register,
      @PathVariable String key,
      @RequestBody Map<String, Object> body) {
    return registers.update(register, key, body);
  }

  @PostMapping(BASE + "/import")
  public RegisterService.Imported importSheet(
      @PathVariable String register, @RequestParam("file") MultipartFile file) throws IOException {
    registers.title(register); // refuses before the upload is read
    return registers.importSheet(register, file.getOriginalFilename(), file.getInputStream());
  }

  @GetMapping(BASE + ".xlsx")
  public ResponseEntity<byte[]> export(
      @PathVariable String register, @RequestParam(required = false) String q) {
    byte[] sheet = registers.export(register, q);
    return Spreadsheets.download(registers.title(register) + ".xlsx", sheet);
  }
}
