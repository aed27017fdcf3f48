package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.LoginProvisioning;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import cn.partyunion.workflow.shared.privacy.Masking;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import cn.partyunion.workflow.shared.web.ImportRejectedException;
import cn.partyunion.workflow.shared.web.ImportSummary;
import cn.partyunion.workflow.shared.web.LikePatterns;
import cn.partyunion.workflow.shared.web.Paging;
import cn.partyunion.workflow.shared.web.SheetRows;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair register (DOMAIN §3, §5, §7; {@code cs_chair}), the one service every way of
 * registering a chair goes through — {@code /api/registers/chairs}, {@code
 * /api/chair-stipend/chairs}, the sheet import and the demo data. Its rules: the fields of {@link
 * Chair} (lengths, characters, town union code, term order), a town union that is registered, a
 * resident ID number with its check character (GB 11643) that no other chair has, an 11-digit
 * mobile number; and provisioning: every registered chair has a login (user id = chair id) in
 * {@code jychair}, created with an initial password ({@link LoginProvisioning}) so that the chair
 * can self-report from the next quarter on.
 */
@Service
public class ChairRegister {

  /** Groups a chair's login may already hold: a login of another role is never taken over. */
  private static final Set<String> CHAIR_GROUPS = Set.of(JiangyinUnions.CHAIR_GROUP);

  private final ChairRegisterMapper mapper;
  private final TownUnionMapper towns;
  private final LoginProvisioning logins;
  private final Validator validator;

  public ChairRegister(
      ChairRegisterMapper mapper,
      TownUnionMapper towns,
      LoginProvisioning logins,
      Validator validator) {
    this.mapper = mapper;
    this.towns = towns;
    this.logins = logins;
    this.validator = validator;
  }

  /**
   * A chair as the register API shows it: {@link Chair}'s fields, the town union's name, the ID and
   * phone number in full for the city union and masked ({@code 320602********1234}, {@code
   * 138****5678}) for a town union.
   */
  public record ChairView(
      String chairId,
      String name,
      String enterpriseName,
      String townUnitCode,
      String townName,
      Integer unionMembers,
      Boolean standaloneUnion,
      Boolean directlyUnderTown,
      Boolean onPublicPayroll,
      Boolean inOffice,
      LocalDate officeStart,
      LocalDate officeEnd,
      String idNumber,
      String phone) {

    static ChairView of(Chair c, Map<String, String> townNames, boolean full) {
      return new ChairView(
          c.chairId(),
          c.name(),
          c.enterpriseName(),
          c.townUnitCode(),
          townNames.get(c.townUnitCode()),
          c.unionMembers(),
          c.standaloneUnion(),
          c.directlyUnderTown(),
          c.onPublicPayroll(),
          c.inOffice(),
          c.officeStart(),
          c.officeEnd(),
          full ? c.idNumber() : Masking.idNumber(c.idNumber()),
          full ? c.phone() : Masking.phone(c.phone()));
    }
  }

  /** A registered chair and its login ({@code initialPassword} only when created now). */
  public record Registered(ChairView chair, Login login) {}

  /** A page of the register and the number of all matching chairs. */
  public record Page(List<ChairView> items, long total) {}

  /**
   * Registers {@code chair}, or updates it when its {@code chairId} is registered already, and
   * provisions its login.
   *
   * @throws ApiException 400 (Chinese, every problem) for a chair the rules refuse
   */
  @Transactional
  public Registered register(Chair chair) {
    Chair checked = checked(chair);
    boolean exists = mapper.find(checked.chairId()) != null;
    return store(checked, exists);
  }

  /**
   * Registers a new chair.
   *
   * @throws ApiException 409 when the chair id is registered already, 400 as {@link #register}
   */
  @Transactional
  public Registered create(Chair chair) {
    Chair checked = checked(chair);
    if (mapper.find(checked.chairId()) != null) {
      throw new ApiException(
          HttpStatus.CONFLICT, "DUPLICATE", "工会主席编号 " + checked.chairId() + " 已登记，请修改该主席的登记信息。");
    }
    return store(checked, false);
  }

  /**
   * Changes the registered chair {@code chairId} (every field but the id).
   *
   * @throws ApiException 404 for a chair not registered, 400 for a body naming another chair id or
   *     as {@link #register}
   */
  @Transactional
  public Registered update(String chairId, Chair chair) {
    if (mapper.find(chairId) == null) {
      throw ApiException.notFound("未找到工会主席 " + chairId + "。");
    }
    if (chair.chairId() != null && !chair.chairId().equals(chairId)) {
      throw ApiException.badRequest("工会主席编号（登录账号）不能修改。");
    }
    return store(checked(chair.withChairId(chairId)), true);
  }

  /** Registers all {@code chairs} in one transaction: all are stored or none. */
  @Transactional
  public void registerAll(List<Chair> chairs) {
    chairs.forEach(this::register);
  }

  /**
   * Imports the chairs of a sheet ({@link ChairSheet}): all rows or none. A registered chair id
   * updates that chair, a new one registers it; each row's chair gets its login.
   *
   * @throws IllegalArgumentException (Chinese) for a file that cannot be read as a chair sheet
   * @throws ImportRejectedException listing every bad row with its row number and reasons (the
   *     rules of {@link #register}, a chair id or ID number twice in the sheet, an ID number
   *     registered for another chair); nothing is stored
   */
  @Transactional
  public ImportSummary importSheet(String filename, InputStream in) {
    List<SheetRows.Line> lines = SheetRows.read(filename, in, ChairSheet.COLUMNS);
    Map<String, String> townCodes = new HashMap<>();
    towns
        .findAll()
        .forEach(
            t -> {
              townCodes.put(t.unitCode(), t.unitCode());
              townCodes.put(t.name(), t.unitCode());
            });
    List<Chair> chairs =
        SheetRows.readAll(
            lines,
            (line, problems) -> {
              Chair chair = ChairSheet.toChair(line, townCodes, problems);
              if (chair == null) {
                return null;
              }
              Chair normalized = chair.normalized();
              problems.addAll(problems(normalized));
              return normalized;
            },
            Map.of(
                ChairSheet.label("chairId"), Chair::chairId,
                ChairSheet.label("idNumber"), Chair::idNumber));
    return ImportSummary.storeAll(
        chairs,
        c -> mapper.find(c.chairId()) == null,
        c -> store(c, mapper.find(c.chairId()) != null).login());
  }

  /** The registered chair with its ID and phone number, or null. */
  public Chair find(String chairId) {
    return mapper.find(chairId);
  }

  /**
   * One chair as {@code view}s it.
   *
   * @param townScope the caller's town union, null for the city union (all chairs, full numbers)
   * @throws ApiException 404 for a chair not registered or of another town union
   */
  public ChairView view(String chairId, String townScope) {
    Chair chair = mapper.find(chairId);
    if (chair == null || (townScope != null && !townScope.equals(chair.townUnitCode()))) {
      throw ApiException.notFound("未找到工会主席 " + chairId + "。");
    }
    return ChairView.of(chair, towns.names(), townScope == null);
  }

  /**
   * A page of the register, by chair id.
   *
   * @param townScope the caller's town union, null for the city union
   * @param q a chair id prefix, part of the name or the enterprise, or a full ID number
   * @param town only this town union (the city union's filter)
   * @throws ApiException 400 for an unknown town or a bad page
   */
  public Page page(String townScope, String q, String town, int page, int size) {
    int offset = Paging.offset(page, size);
    ChairFilter filter = filter(townScope, q, town);
    Map<String, String> names = towns.names();
    return new Page(
        mapper.search(filter, offset, size).stream()
            .map(c -> ChairView.of(c, names, townScope == null))
            .toList(),
        mapper.count(filter));
  }

  /** Every chair of the filter of {@link #page} as a {@code .xlsx} ({@link ChairSheet}). */
  public byte[] export(String townScope, String q, String town) {
    Map<String, String> names = towns.names();
    return ChairSheet.write(
        mapper.search(filter(townScope, q, town), 0, null).stream()
            .map(c -> ChairView.of(c, names, townScope == null))
            .toList());
  }

  private ChairFilter filter(String townScope, String q, String town) {
    String townFilter = town == null || town.isBlank() ? null : town.trim();
    if (townFilter != null && !towns.names().containsKey(townFilter)) {
      throw ApiException.badRequest("town 参数无效：应为镇（街道）、园区工会代码 jytown01…jytown19。");
    }
    if (townScope != null) {
      townFilter = townScope;
    }
    String text = q == null || q.isBlank() ? null : q.trim();
    if (text == null) {
      return new ChairFilter(townFilter, null, null, null);
    }
    String normalized = ResidentIdNumber.normalize(text);
    String idNumber = ResidentIdNumber.hasValidShape(normalized) ? normalized : null;
    return new ChairFilter(
        townFilter, LikePatterns.prefix(text), LikePatterns.contains(text), idNumber);
  }

  /** The chair normalized, or 400 with every problem. */
  private Chair checked(Chair chair) {
    Chair normalized = chair.normalized();
    List<String> problems = problems(normalized);
    if (!problems.isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", String.join("；", problems));
    }
    return normalized;
  }

  /** Every rule {@code chair} breaks, as Chinese "列名：问题" texts. */
  private List<String> problems(Chair chair) {
    List<String> problems = new ArrayList<>();
    validator.validate(chair).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> ChairSheet.label(v.getPropertyPath().toString()) + "：" + v.getMessage())
        .forEach(problems::add);
    if (chair.townUnitCode() != null
        && problems.stream().noneMatch(p -> p.startsWith(ChairSheet.label("townUnitCode")))
        && !towns.names().containsKey(chair.townUnitCode())) {
      problems.add(
          ChairSheet.label("townUnitCode") + "：未知的镇（街道）、园区工会“" + chair.townUnitCode() + "”");
    }
    if (chair.idNumber() != null && problems.isEmpty()) {
      String holder = mapper.findByIdNumber(chair.idNumber());
      if (holder != null && !holder.equals(chair.chairId())) {
        problems.add(ChairSheet.label("idNumber") + "：已登记为工会主席 " + holder + " 的身份证号码");
      }
    }
    if (chair.chairId() != null
        && problems.isEmpty()
        && logins.takenByOtherRole(chair.chairId(), CHAIR_GROUPS::contains)) {
      problems.add(
          ChairSheet.label("chairId") + "：登录账号 " + chair.chairId() + " 已被其他角色的用户使用，请换一个编号");
    }
    return problems;
  }

  private Registered store(Chair chair, boolean exists) {
    LocalDateTime now = EngineClock.current();
    if (exists) {
      mapper.update(chair, now);
    } else {
      mapper.insert(chair, now);
    }
    String name = Objects.requireNonNull(chair.name());
    Login login =
        logins.ensureLogin(
            chair.chairId(), name.substring(0, 1), name.substring(1), JiangyinUnions.CHAIR_GROUP);
    return new Registered(ChairView.of(chair, towns.names(), true), login);
  }
}
