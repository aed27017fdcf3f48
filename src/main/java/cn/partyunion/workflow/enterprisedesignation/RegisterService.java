package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.ImportRejectedException;
import cn.partyunion.workflow.shared.web.LikePatterns;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.RowError;
import cn.partyunion.workflow.shared.web.SheetRows;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of DOMAIN §7 kept by the organization department ({@code orgdept}; administrators
 * too): list, read, register, update, import and export, over any {@link Register}. A row is stored
 * only when every check passes, and registering it provisions in the same transaction what the
 * engine needs ({@link Register#provision}); an import stores all its rows or none. One-time
 * passwords of logins created now are returned once, in the answer, and stored only as the engine's
 * hash.
 */
@Service
public class RegisterService {

  /** Chinese refusal for every caller outside the organization department. */
  static final String ORGDEPT_ONLY = "只有区委组织部可以查看和维护企业、园区、产业链党委、特约培养联系人和首席服务员登记册。";

  /** A page of a register: the rows and the number of all matching rows. */
  public record Page(List<Object> items, long total) {}

  /** A stored row and the logins created for it now (with their one-time passwords). */
  public record Saved(Object entry, List<Login> logins) {}

  /** An import's answer: the number of rows stored and the logins created. */
  public record Imported(int imported, List<Login> logins) {}

  private final Map<String, Register<?>> registers;
  private final CurrentUser user;
  private final ObjectMapper json;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public RegisterService(
      List<Register<?>> registers, CurrentUser user, ObjectMapper json, ProcessEngine engine) {
    this.registers =
        registers.stream()
            .collect(
                Collectors.toMap(
                    Register::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.user = user;
    this.json = json;
    this.engineConfiguration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * A page of register {@code name} ordered by key, rows whose key or name (an enterprise's also
   * credit code, contact) contain {@code q} (case-insensitive).
   *
   * @throws ApiException 403 outside {@code orgdept}, 404 for an unknown register, 400 for a bad
   *     page
   */
  public Page page(String name, String q, int page, int size) {
    Register<?> register = register(name);
    int offset = Paging.offset(page, size);
    String like = like(q);
    return new Page(List.copyOf(register.page(like, offset, size)), register.count(like));
  }

  /** One row. @throws ApiException 404 when not registered (and as {@link #page}) */
  public Object get(String name, String key) {
    Object row = register(name).find(key);
    if (row == null) {
      throw ApiException.notFound("登记册中没有编号为 " + key + " 的记录。");
    }
    return row;
  }

  /**
   * Registers a new row from a JSON body (field name → string, or boolean for 是/否 fields).
   *
   * @throws ApiException 400 with every problem in Chinese (unknown field, wrong type, required,
   *     length, characters, check character, key or unique value registered already, unknown
   *     reference), 403, 404 for an unknown register
   */
  @Transactional
  public Saved create(String name, Map<String, Object> body) {
    return save(register(name), null, body);
  }

  /**
   * Updates the row {@code key} from a JSON body holding every field (the key may be left out; it
   * cannot change).
   *
   * @throws ApiException 404 when {@code key} is not registered, else as {@link #create}
   */
  @Transactional
  public Saved update(String name, String key, Map<String, Object> body) {
    Register<?> register = register(name);
    String keyField = register.fields().get(0).name();
    Object given = body.get(keyField);
    if (given != null && !key.equals(given)) {
      throw ApiException.badRequest("编号不能修改（" + key + "）。");
    }
    Map<String, Object> withKey = new HashMap<>(body);
    withKey.put(keyField, key);
    get(name, key);
    return save(register, key, withKey);
  }

  private <T> Saved save(Register<T> register, String key, Map<String, Object> body) {
    RegisterValues values = RegisterValues.check(register.fields(), cells(register, body));
    T stored = key == null ? null : register.find(key);
    T row = values.problems().isEmpty() ? register.build(values) : null;
    if (row != null) {
      if (stored == null && register.find(register.key(row)) != null) {
        values.problem(register.fields().get(0).label() + " " + register.key(row) + " 已登记");
      }
      register.checker().check(row, stored, values);
    }
    if (!values.problems().isEmpty()) {
      throw ApiException.badRequest("请更正以下内容：" + String.join("；", values.problems()) + "。");
    }
    if (stored == null) {
      register.insert(row);
    } else {
      register.update(row);
    }
    List<Login> created = created(privileged(() -> register.provision(row, stored)));
    return new Saved(register.find(register.key(row)), created);
  }

  /**
   * Imports a sheet ({@code .xlsx} first sheet, or UTF-8 {@code .csv}; header = field names or the
   * export's Chinese labels) of new rows: all rows or none.
   *
   * @throws ImportRejectedException (422) listing every bad row with its row number and reasons —
   *     field problems, a value twice in the sheet (naming the earlier row), a key or unique value
   *     registered already, an unknown reference; nothing is stored
   * @throws ApiException 400 for another file type, an unreadable file, a header without a required
   *     column, a sheet without rows; 403; 404 for an unknown register
   */
  @Transactional
  public Imported importSheet(String name, String filename, InputStream in) {
    return importRows(register(name), filename, in);
  }

  private <T> Imported importRows(Register<T> register, String filename, InputStream in) {
    List<SheetRows.Line> lines;
    try {
      lines =
          SheetRows.read(
              filename, in, register.fields().stream().map(RegisterField::column).toList());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Set<String> keys = register.keys();
    Register.Checker<T> checker = register.checker();
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    List<T> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (SheetRows.Line line : lines) {
      RegisterValues values = RegisterValues.check(register.fields(), line.cells());
      for (RegisterField field : register.fields()) {
        String value = values.get(field.name());
        if (field.unique() && value != null) {
          Integer earlier =
              seen.computeIfAbsent(field.name(), f -> new HashMap<>())
                  .putIfAbsent(value.toLowerCase(Locale.ROOT), line.number());
          if (earlier != null) {
            values.problem(field.label() + " " + value + " 与第 " + earlier + " 行重复");
          }
        }
      }
      if (values.problems().isEmpty()) {
        T row = register.build(values);
        if (keys.contains(register.key(row))) {
          values.problem(register.fields().get(0).label() + " " + register.key(row) + " 已登记");
        }
        checker.check(row, null, values);
        rows.add(row);
      }
      if (!values.problems().isEmpty()) {
        errors.add(new RowError(line.number(), String.join("；", values.problems())));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    rows.forEach(register::insert);
    List<Login> created =
        created(
            privileged(
                () ->
                    rows.stream().flatMap(row -> register.provision(row, null).stream()).toList()));
    return new Imported(rows.size(), created);
  }

  /**
   * The rows of {@link #page} without paging as an {@code .xlsx} whose header row holds the fields'
   * Chinese labels (是/否 for flags), so that the sheet imports again.
   */
  public byte[] export(String name, String q) {
    Register<?> register = register(name);
    List<RegisterField> fields = register.fields();
    List<?> rows = register.page(like(q), 0, null);
    return Spreadsheets.oneSheet(
        register.title(),
        fields.stream().map(RegisterField::label).toList(),
        c -> Math.max(10, Math.min(40, fields.get(c).maxLength() + 2)),
        (sheet, bold) -> {
          int r = 1;
          for (Object row : rows) {
            Map<?, ?> values = json.convertValue(row, Map.class);
            Row line = sheet.createRow(r++);
            for (int c = 0; c < fields.size(); c++) {
              Object value = values.get(fields.get(c).name());
              if (value instanceof Boolean flag) {
                line.createCell(c).setCellValue(flag ? "是" : "否");
              } else if (value != null) {
                line.createCell(c).setCellValue(value.toString());
              }
            }
          }
        });
  }

  /**
   * A field as a page shows it: name, Chinese label, kind ({@code ID}, {@code TEXT}, {@code FLAG},
   * {@code CREDIT_CODE}, {@code MOBILE}), length in characters, required.
   */
  public record FieldView(
      String name, String label, String kind, int maxLength, boolean required) {}

  /**
   * The fields of register {@code name} in column order, the key first (for the workbench's form;
   * no data, so no role check).
   *
   * @throws ApiException 404 for an unknown register
   */
  public List<FieldView> fields(String name) {
    Register<?> register = registers.get(name);
    if (register == null) {
      throw ApiException.notFound("没有名为 " + name + " 的登记册。");
    }
    return register.fields().stream()
        .map(f -> new FieldView(f.name(), f.label(), f.kind().name(), f.maxLength(), f.required()))
        .toList();
  }

  /** The Chinese title of register {@code name} (the export's file name). */
  public String title(String name) {
    return register(name).title();
  }

  /**
   * Provisions the registered row {@code key} again, as registering it did (demo data, whose rows
   * are scripts: their logins get the demo password). Does nothing for a key not registered.
   */
  @Transactional
  public void provisionRegistered(String name, String key) {
    provisionRow(registers.get(name), key);
  }

  private <T> void provisionRow(Register<T> register, String key) {
    T row = register.find(key);
    if (row != null) {
      privileged(() -> register.provision(row, null));
    }
  }

  private Register<?> register(String name) {
    if (!user.isIn(EnterpriseDesignationRoles.ORGDEPT)) {
      throw ApiException.forbidden(ORGDEPT_ONLY);
    }
    Register<?> register = registers.get(name);
    if (register == null) {
      throw ApiException.notFound("没有名为 " + name + " 的登记册。");
    }
    return register;
  }

  /**
   * The body as cells: each field's value as text (a 是/否 field's as {@code true}/{@code false}).
   *
   * @throws ApiException 400 for a field the register does not have or a value of the wrong type
   */
  private static Map<String, String> cells(Register<?> register, Map<String, Object> body) {
    Map<String, RegisterField> fields =
        register.fields().stream().collect(Collectors.toMap(RegisterField::name, f -> f));
    Map<String, String> cells = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      RegisterField field = fields.get(entry.getKey());
      Object value = entry.getValue();
      if (field == null) {
        problems.add("未知字段 " + entry.getKey());
      } else if (value == null) {
        continue;
      } else if (field.kind() == RegisterField.Kind.FLAG
          ? !(value instanceof Boolean)
          : !(value instanceof String)) {
        problems.add(
            field.label() + (field.kind() == RegisterField.Kind.FLAG ? "应为 true 或 false" : "应为文本"));
      } else {
        cells.put(field.name(), value.toString());
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("请更正以下内容：" + String.join("；", problems) + "。");
    }
    return cells;
  }

  /** A LIKE pattern ({@code ESCAPE '!'}) for "contains {@code q}" in lower case, or null. */
  private static String like(String q) {
    return LikePatterns.contains(q == null ? null : q.toLowerCase(Locale.ROOT));
  }

  private static List<Login> created(List<Login> logins) {
    return logins.stream().filter(login -> login.initialPassword() != null).toList();
  }

  private <T> T privileged(Supplier<T> work) {
    return engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work::get));
  }
}
