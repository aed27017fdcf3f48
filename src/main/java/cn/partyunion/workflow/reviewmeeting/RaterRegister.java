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
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the review meeting's raters (DOMAIN §2, §7; {@code rm_rater}): worker and
 * enterprise-manager representatives. Rules: the login is letters and digits and not another role's
 * login; name at most 30, workplace at most 100 characters; the panel {@code WORKER} 产业工人代表 or
 * {@code MANAGER} 企业管理者代表; the county, if given, one of Honghe's registered counties and cities (by
 * code or name); an 11-digit mobile number. Provisioning: the login in {@code hhrater} and the
 * panel's group ({@code hhraterworker} / {@code hhratermanager}), the other panel's group left — so
 * the organizer's pickers and a meeting's default panel ({@link PrepareMeetingListener}) see the
 * rater at once.
 */
@Service
public class RaterRegister {

  static final List<Column> COLUMNS =
      List.of(
          new Column("raterId", "评议代表账号"),
          new Column("name", "姓名"),
          new Column("panel", "代表类别"),
          new Column("workplace", "工作单位"),
          new Column("countyCode", "所在县（市）", false),
          new Column("phone", "手机号码", false));

  private static final Set<String> RATER_GROUPS =
      Set.of(
          ReviewMeetingRoles.RATER,
          ReviewMeetingRoles.RATER_WORKER,
          ReviewMeetingRoles.RATER_MANAGER);

  private final HongheRegisterMapper mapper;
  private final LoginProvisioning logins;

  public RaterRegister(HongheRegisterMapper mapper, LoginProvisioning logins) {
    this.mapper = mapper;
    this.logins = logins;
  }

  /** A stored rater and their login ({@code initialPassword} only when created now). */
  public record Registered(RegisteredRater rater, Login login) {}

  /** A page of raters and the number of all matching. */
  public record Page(List<RegisteredRater> items, long total) {}

  /**
   * Raters by id; {@code q}: an id prefix, part of the name or workplace; {@code panel} {@code
   * WORKER}/{@code MANAGER}.
   *
   * @throws ApiException 400 for another panel or a bad page
   */
  public Page page(String q, String panel, int page, int size) {
    int offset = Paging.offset(page, size);
    String panelFilter = panelFilter(panel);
    String prefix = LikePatterns.prefix(q);
    String contains = LikePatterns.contains(q);
    return new Page(
        mapper.searchRaters(prefix, contains, panelFilter, offset, size),
        mapper.countRaters(prefix, contains, panelFilter));
  }

  /** The rater, 404 when not registered. */
  public RegisteredRater get(String raterId) {
    RegisteredRater rater = mapper.findRater(raterId);
    if (rater == null) {
      throw ApiException.notFound("未找到评议代表 " + raterId + "。");
    }
    return rater;
  }

  /**
   * Registers a new rater and provisions the login.
   *
   * @throws ApiException 400 every problem in Chinese, 409 an id registered already
   */
  @Transactional
  public Registered create(Map<String, Object> body) {
    RegisteredRater rater = checked(SheetRows.bodyValues(body, COLUMNS, Set.of()));
    if (mapper.findRater(rater.raterId()) != null) {
      throw new ApiException(
          HttpStatus.CONFLICT, "DUPLICATE", "评议代表账号 " + rater.raterId() + " 已登记，请修改该代表的登记信息。");
    }
    return store(rater);
  }

  /**
   * Registers {@code rater} (or updates the registered one) from Java, e.g. the demo data.
   *
   * @throws ApiException 400 as {@link #create}
   */
  @Transactional
  public Registered register(RegisteredRater rater) {
    Map<String, Object> values = new HashMap<>();
    values.put("raterId", rater.raterId());
    values.put("name", rater.name());
    values.put("panel", rater.panel());
    values.put("workplace", rater.workplace());
    values.put("countyCode", rater.countyCode());
    values.put("phone", rater.phone());
    values.values().removeIf(java.util.Objects::isNull);
    return store(checked(values));
  }

  /**
   * Changes the rater {@code raterId} (the id stays).
   *
   * @throws ApiException 404 not registered, 400 another id in the body or every problem
   */
  @Transactional
  public Registered update(String raterId, Map<String, Object> body) {
    get(raterId);
    Map<String, Object> values = SheetRows.bodyValues(body, COLUMNS, Set.of());
    Object id = values.putIfAbsent("raterId", raterId);
    if (id != null && !raterId.equals(id)) {
      throw ApiException.badRequest("评议代表账号不能修改。");
    }
    return store(checked(values));
  }

  /**
   * Imports a sheet of raters ({@link #COLUMNS}): all rows or none; a registered id updates.
   *
   * @throws IllegalArgumentException (Chinese) for a file that cannot be read as a rater sheet
   * @throws cn.partyunion.workflow.shared.web.ImportRejectedException every bad row (the rules, an
   *     id twice in the sheet); nothing stored
   */
  @Transactional
  public ImportSummary importSheet(String filename, InputStream in) {
    List<RegisteredRater> raters =
        SheetRows.readAll(
            SheetRows.read(filename, in, COLUMNS),
            SheetRows.checkedBy(this::read),
            Map.of("评议代表账号", RegisteredRater::raterId));
    return ImportSummary.storeAll(
        raters, r -> mapper.findRater(r.raterId()) == null, r -> store(r).login());
  }

  /** The raters of {@code q} and {@code panel} as a {@code .xlsx} with the import's headers. */
  public byte[] export(String q, String panel) {
    List<RegisteredRater> raters =
        mapper.searchRaters(
            LikePatterns.prefix(q), LikePatterns.contains(q), panelFilter(panel), 0, null);
    return Spreadsheets.oneSheet(
        "评议代表登记册",
        COLUMNS.stream().map(Column::label).toList(),
        c -> c == 3 ? 30 : 16,
        (sheet, bold) -> {
          int r = 1;
          for (RegisteredRater rater : raters) {
            Row row = sheet.createRow(r++);
            String[] texts = {
              rater.raterId(),
              rater.name(),
              rater.panelLabel(),
              rater.workplace(),
              rater.countyName(),
              rater.phone()
            };
            for (int c = 0; c < texts.length; c++) {
              if (texts[c] != null) {
                row.createCell(c).setCellValue(texts[c]);
              }
            }
          }
        });
  }

  private static String panelFilter(String panel) {
    if (panel == null || panel.isBlank()) {
      return null;
    }
    try {
      return Panel.valueOf(panel.trim()).name();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("panel 参数无效：应为 WORKER（产业工人代表）或 MANAGER（企业管理者代表）。");
    }
  }

  private RegisteredRater checked(Map<String, Object> values) {
    return SheetRows.checked(values, this::read);
  }

  /** The rater of {@code v}'s values with every rule checked; null when a value is missing. */
  private RegisteredRater read(Violations v) {
    String id = v.id("raterId", "评议代表账号", true, 64);
    String name = v.line("name", "姓名", true, 30);
    String panelText = v.line("panel", "代表类别", true, 16);
    Panel panel = null;
    if (panelText != null) {
      for (Panel p : Panel.values()) {
        if (p.name().equals(panelText) || p.label().equals(panelText)) {
          panel = p;
        }
      }
      if (panel == null) {
        v.add("代表类别应为“产业工人代表”或“企业管理者代表”（“" + panelText + "”）");
      }
    }
    String workplace = v.line("workplace", "工作单位", true, 100);
    String countyText = v.line("countyCode", "所在县（市）", false, 100);
    RegisteredUnit county = null;
    if (countyText != null) {
      county = county(countyText);
      if (county == null) {
        v.add("所在县（市）：未知的县（市）“" + countyText + "”");
      }
    }
    String phone = v.optionalMobile("phone", "手机号码");
    if (id != null && logins.takenByOtherRole(id, RATER_GROUPS::contains)) {
      v.add("评议代表账号 " + id + " 已被其他角色的用户使用，请换一个账号");
    }
    if (id == null || name == null || panel == null || workplace == null) {
      return null;
    }
    return new RegisteredRater(
        id,
        name,
        panel.name(),
        workplace,
        county == null ? null : county.unitCode(),
        county == null ? null : county.unitName(),
        phone);
  }

  /** The registered county or city named or coded {@code text}, or null. */
  private RegisteredUnit county(String text) {
    RegisteredUnit byCode = mapper.findUnit(text);
    if (byCode != null) {
      return RegisteredUnit.COUNTY.equals(byCode.unitKind()) ? byCode : null;
    }
    return mapper.searchUnits(null, null, 0, null).stream()
        .filter(u -> RegisteredUnit.COUNTY.equals(u.unitKind()) && u.unitName().equals(text))
        .findFirst()
        .orElse(null);
  }

  private Registered store(RegisteredRater rater) {
    if (mapper.findRater(rater.raterId()) == null) {
      mapper.insertRater(rater, EngineClock.current());
    } else {
      mapper.updateRater(rater, EngineClock.current());
    }
    Panel panel = Panel.valueOf(rater.panel());
    Login login =
        logins.ensureLogin(
            rater.raterId(),
            rater.name().substring(0, 1),
            rater.name().substring(1),
            ReviewMeetingRoles.RATER,
            panel.groupId());
    for (Panel other : Panel.values()) {
      if (other != panel) {
        logins.removeMemberships(rater.raterId(), List.of(other.groupId()));
      }
    }
    return new Registered(rater, login);
  }
}
