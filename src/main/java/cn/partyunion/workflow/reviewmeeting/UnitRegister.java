package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.LoginProvisioning;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.validation.Violations;
import cn.partyunion.workflow.shared.web.ImportSummary;
import cn.partyunion.workflow.shared.web.LikePatterns;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.SheetRows;
import cn.partyunion.workflow.shared.web.SheetRows.Column;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of Honghe's reporting units (DOMAIN §2, §7; {@code rm_unit}). Rules: the unit code
 * is {@code hhunit} and 2–4 digits (it is the unit's engine group); names are unique, at most 100
 * characters; Honghe's 13 counties and cities are reference data ({@code db/migration} V9_2): a
 * county can get a contact but no new county can be added and a county keeps its name; a unit keeps
 * its kind; the contact's login is letters and digits and not another role's login. Provisioning:
 * the unit's group (its Chinese name) and the contact's login in {@code hhunit} and the unit's
 * group; a replaced contact leaves the unit's group.
 */
@Service
public class UnitRegister {

  static final List<Column> COLUMNS =
      List.of(
          new Column("unitCode", "述职单位代码"),
          new Column("unitName", "述职单位名称"),
          new Column("unitKind", "单位类别"),
          new Column("sortOrder", "述职顺序", false),
          new Column("contactId", "联络员账号", false),
          new Column("contactName", "联络员姓名", false),
          new Column("contactPhone", "联络员手机号码", false));

  private static final Map<String, String> KINDS =
      Map.of(
          RegisteredUnit.COUNTY,
          RegisteredUnit.COUNTY,
          "县（市）",
          RegisteredUnit.COUNTY,
          "县(市)",
          RegisteredUnit.COUNTY,
          RegisteredUnit.MEMBER,
          RegisteredUnit.MEMBER,
          "州产改成员单位",
          RegisteredUnit.MEMBER,
          "成员单位",
          RegisteredUnit.MEMBER);

  private final HongheRegisterMapper mapper;
  private final LoginProvisioning logins;

  public UnitRegister(HongheRegisterMapper mapper, LoginProvisioning logins) {
    this.mapper = mapper;
    this.logins = logins;
  }

  /** A stored unit and its contact's login (null without contact). */
  public record Registered(RegisteredUnit unit, Login login) {}

  /** A page of units and the number of all matching. */
  public record Page(List<RegisteredUnit> items, long total) {}

  /** Units in reporting order; {@code q}: a code prefix, part of the name or contact's name. */
  public Page page(String q, int page, int size) {
    int offset = Paging.offset(page, size);
    String prefix = LikePatterns.prefix(q);
    String contains = LikePatterns.contains(q);
    return new Page(
        mapper.searchUnits(prefix, contains, offset, size), mapper.countUnits(prefix, contains));
  }

  /** The unit, 404 when not registered. */
  public RegisteredUnit get(String unitCode) {
    RegisteredUnit unit = mapper.findUnit(unitCode);
    if (unit == null) {
      throw ApiException.notFound("未找到述职单位 " + unitCode + "。");
    }
    return unit;
  }

  /**
   * Registers a new unit from JSON values (the column names).
   *
   * @throws ApiException 400 every problem in Chinese, 409 a code registered already
   */
  @Transactional
  public Registered create(Map<String, Object> body) {
    RegisteredUnit unit = checked(SheetRows.bodyValues(body, COLUMNS, Set.of("sortOrder")));
    if (mapper.findUnit(unit.unitCode()) != null) {
      throw new ApiException(
          HttpStatus.CONFLICT, "DUPLICATE", "述职单位代码 " + unit.unitCode() + " 已登记，请修改该单位的登记信息。");
    }
    return store(unit);
  }

  /**
   * Registers {@code unit} (or updates the registered one) from Java, e.g. the demo data; a null
   * sort order keeps the registered one or comes last.
   *
   * @throws ApiException 400 as {@link #create}
   */
  @Transactional
  public Registered register(RegisteredUnit unit) {
    Map<String, Object> values = new HashMap<>();
    values.put("unitCode", unit.unitCode());
    values.put("unitName", unit.unitName());
    values.put("unitKind", unit.unitKind());
    values.put("sortOrder", unit.sortOrder() == null ? null : unit.sortOrder().toString());
    values.put("contactId", unit.contactId());
    values.put("contactName", unit.contactName());
    values.put("contactPhone", unit.contactPhone());
    values.values().removeIf(Objects::isNull);
    return store(checked(values));
  }

  /**
   * Changes the unit {@code unitCode} (the code itself stays).
   *
   * @throws ApiException 404 not registered, 400 another code in the body or every problem
   */
  @Transactional
  public Registered update(String unitCode, Map<String, Object> body) {
    get(unitCode);
    Map<String, Object> values = SheetRows.bodyValues(body, COLUMNS, Set.of("sortOrder"));
    Object code = values.putIfAbsent("unitCode", unitCode);
    if (code != null && !unitCode.equals(code)) {
      throw ApiException.badRequest("述职单位代码不能修改。");
    }
    return store(checked(values));
  }

  /**
   * Imports a sheet of units ({@link #COLUMNS}): all rows or none; a registered code updates.
   *
   * @throws IllegalArgumentException (Chinese) for a file that cannot be read as a unit sheet
   * @throws cn.partyunion.workflow.shared.web.ImportRejectedException every bad row (the rules, a
   *     code or name twice in the sheet); nothing stored
   */
  @Transactional
  public ImportSummary importSheet(String filename, InputStream in) {
    List<RegisteredUnit> units =
        SheetRows.readAll(
            SheetRows.read(filename, in, COLUMNS),
            SheetRows.checkedBy(this::read),
            Map.of("述职单位代码", RegisteredUnit::unitCode, "述职单位名称", RegisteredUnit::unitName));
    return ImportSummary.storeAll(
        units, u -> mapper.findUnit(u.unitCode()) == null, u -> store(u).login());
  }

  /** The units of {@code q} as a {@code .xlsx} with the import's Chinese headers. */
  public byte[] export(String q) {
    List<RegisteredUnit> units =
        mapper.searchUnits(LikePatterns.prefix(q), LikePatterns.contains(q), 0, null);
    return Spreadsheets.oneSheet(
        "述职单位登记册",
        COLUMNS.stream().map(Column::label).toList(),
        c -> c == 1 ? 28 : 16,
        (sheet, bold) -> {
          int r = 1;
          for (RegisteredUnit unit : units) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(unit.unitCode());
            row.createCell(1).setCellValue(unit.unitName());
            row.createCell(2).setCellValue(unit.unitKindLabel());
            row.createCell(3).setCellValue(unit.sortOrder());
            String[] texts = {unit.contactId(), unit.contactName(), unit.contactPhone()};
            for (int c = 0; c < texts.length; c++) {
              if (texts[c] != null) {
                row.createCell(4 + c).setCellValue(texts[c]);
              }
            }
          }
        });
  }

  private RegisteredUnit checked(Map<String, Object> values) {
    return SheetRows.checked(values, this::read);
  }

  /** The unit of {@code v}'s values with every rule checked; null when a value is missing. */
  private RegisteredUnit read(Violations v) {
    String code = v.id("unitCode", "述职单位代码", true, 32);
    if (code != null && !code.matches("hhunit[0-9]{2,4}")) {
      v.add("述职单位代码应为 hhunit 加 2–4 位数字，例如 hhunit25");
      code = null;
    }
    String name = v.line("unitName", "述职单位名称", true, 100);
    String kindText = v.line("unitKind", "单位类别", true, 16);
    String kind = kindText == null ? null : KINDS.get(kindText);
    if (kindText != null && kind == null) {
      v.add("单位类别应为“县（市）”或“州产改成员单位”（“" + kindText + "”）");
    }
    Integer sortOrder = sortOrder(v);
    String contactId = v.id("contactId", "联络员账号", false, 64);
    String contactName = v.line("contactName", "联络员姓名", contactId != null, 30);
    String phone = v.optionalMobile("contactPhone", "联络员手机号码");
    if (code == null || name == null || kind == null) {
      return null;
    }
    RegisteredUnit existing = mapper.findUnit(code);
    if (existing != null && !existing.unitKind().equals(kind)) {
      v.add("单位类别不能修改（" + code + " 为" + existing.unitKindLabel() + "）");
    } else if (RegisteredUnit.COUNTY.equals(kind) && existing == null) {
      v.add("未知的县（市）“" + name + "”：红河州 13 个县（市）已登记，不能新增县（市）");
    } else if (RegisteredUnit.COUNTY.equals(kind) && !existing.unitName().equals(name)) {
      v.add("县（市）名称不能修改（" + code + " 为“" + existing.unitName() + "”）");
    }
    String sameName = mapper.findUnitNamed(name, code);
    if (sameName != null) {
      v.add("述职单位名称“" + name + "”已登记为 " + sameName);
    }
    if (contactId != null
        && logins.takenByOtherRole(
            contactId, g -> g.equals(ReviewMeetingRoles.UNIT) || g.matches("hhunit[0-9]+"))) {
      v.add("联络员账号 " + contactId + " 已被其他角色的用户使用，请换一个账号");
    }
    int order =
        sortOrder != null
            ? sortOrder
            : existing != null ? existing.sortOrder() : mapper.maxSortOrder() + 1;
    return new RegisteredUnit(
        code, name, kind, order, contactId, contactId == null ? null : contactName, phone);
  }

  private static Integer sortOrder(Violations v) {
    String text = v.line("sortOrder", "述职顺序", false, 4);
    if (text == null) {
      return null;
    }
    if (!text.matches("[1-9][0-9]{0,3}")) {
      v.add("述职顺序应为 1–9999 的整数（“" + text + "”）");
      return null;
    }
    return Integer.valueOf(text);
  }

  private Registered store(RegisteredUnit unit) {
    RegisteredUnit before = mapper.findUnit(unit.unitCode());
    if (before == null) {
      mapper.insertUnit(unit, EngineClock.current());
    } else {
      mapper.updateUnit(unit, EngineClock.current());
    }
    logins.ensureGroup(unit.unitCode(), unit.unitName());
    if (before != null
        && before.contactId() != null
        && !before.contactId().equals(unit.contactId())) {
      logins.removeMemberships(before.contactId(), List.of(unit.unitCode()));
    }
    if (unit.contactId() == null) {
      return new Registered(unit, null);
    }
    String name = unit.contactName();
    Login login =
        logins.ensureLogin(
            unit.contactId(),
            name.substring(0, 1),
            name.substring(1),
            ReviewMeetingRoles.UNIT,
            unit.unitCode());
    return new Registered(unit, login);
  }
}
