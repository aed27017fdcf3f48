package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.audit.AuditKind;
import cn.partyunion.workflow.shared.audit.AuditOutcome;
import cn.partyunion.workflow.shared.audit.AuditTrail;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.identity.Administrators;
import cn.partyunion.workflow.shared.privacy.PersonalDataCipher;
import cn.partyunion.workflow.shared.web.QrCodeSvg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (双因素鉴别, GB/T 22239-2019 8.1.4.1 d; issue 16): a TOTP (RFC 6238, {@link
 * Totp}) of an authenticator app, for the members of {@code
 * partyunion.security.second-factor.groups} (administrators and the organization department). A
 * user enrols ({@link #enrol}: a new random 160-bit secret, shown once as Base32 and {@code
 * otpauth://} URI, stored encrypted like personal data) and confirms with a first code ({@link
 * #confirm}); from then on the webapps' login needs a code too ({@code SecondFactorLoginFilter})
 * and HTTP Basic is refused. A code is accepted within {@code
 * partyunion.security.second-factor.window} steps of 30 s either side, and only once. With {@code
 * partyunion.security.second-factor.mandatory} (false) a member of those groups who has not
 * enrolled may do nothing but enrol ({@link AccountGate}). Every enrolment, confirmation and code
 * at the login is in the audit trail ({@link AuditKind#SECOND_FACTOR}).
 */
@Service
public class SecondFactor {

  /** Bytes of a secret (RFC 4226 recommends 160 bits). */
  static final int SECRET_BYTES = 20;

  private static final String ISSUER = "产改工作台";

  private final SecondFactorMapper rows;
  private final PersonalDataCipher cipher;
  private final IdentityService identityService;
  private final AuditTrail audit;
  private final List<String> groups;
  private final int window;
  private final SecureRandom random = new SecureRandom();
  private volatile boolean mandatory;

  public SecondFactor(
      SecondFactorMapper rows,
      PersonalDataCipher cipher,
      IdentityService identityService,
      AuditTrail audit,
      @Value(
              "${partyunion.security.second-factor.groups:camunda-admin,sysadmin,secadmin,auditor,orgdept}")
          List<String> groups,
      @Value("${partyunion.security.second-factor.window:1}") int window,
      @Value("${partyunion.security.second-factor.mandatory:false}") boolean mandatory) {
    this.rows = rows;
    this.cipher = cipher;
    this.identityService = identityService;
    this.audit = audit;
    this.groups = List.copyOf(groups);
    this.window = window;
    this.mandatory = mandatory;
  }

  /** Switches the mandatory rule as the property does; for tests, which share one context. */
  public void makeMandatory(boolean on) {
    this.mandatory = on;
  }

  /** Whether {@code userId} is in one of the groups that may (or must) use a second factor. */
  public boolean eligible(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .anyMatch(groups::contains);
  }

  /** Whether {@code userId} has a confirmed second factor. */
  public boolean enrolled(String userId) {
    SecondFactorMapper.Row row = rows.find(userId);
    return row != null && row.confirmedAt() != null;
  }

  /** Whether {@code userId} must enrol before anything else (mandatory, eligible, not enrolled). */
  public boolean enrolmentRequired(String userId) {
    return mandatory && !enrolled(userId) && eligible(userId);
  }

  /**
   * A new secret, shown once: Base32 for typing, the {@code otpauth://} URI, and that URI as a QR
   * code (SVG markup) for the authenticator app's camera.
   */
  public record Enrolment(String secret, String otpauthUri, String qrCodeSvg) {}

  /**
   * Starts an enrolment of {@code userId} with a new secret (an unconfirmed one is replaced).
   *
   * @throws ApiException 403 when the user is in none of the groups, 409 when a confirmed second
   *     factor exists already
   */
  @Transactional
  public Enrolment enrol(String userId) {
    if (!eligible(userId)) {
      throw ApiException.forbidden("动态验证码仅供管理员和组织部使用。");
    }
    if (enrolled(userId)) {
      throw new ApiException(
          org.springframework.http.HttpStatus.CONFLICT, "ALREADY_ENROLLED", "您已启用动态验证码。");
    }
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    String base32 = Totp.base32(secret);
    rows.delete(userId);
    rows.insert(userId, cipher.encrypt(base32), EngineClock.current());
    audit.record(AuditKind.SECOND_FACTOR, userId, "开始启用动态验证码", userId, AuditOutcome.SUCCESS);
    String label =
        URLEncoder.encode(ISSUER + ":" + userId, StandardCharsets.UTF_8).replace("+", "%20");
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + base32
            + "&issuer="
            + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8)
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP_SECONDS;
    return new Enrolment(base32, uri, QrCodeSvg.of(uri));
  }

  /**
   * Confirms the enrolment of {@code userId} with the first code of the app.
   *
   * @throws ApiException 409 when no enrolment was started, 400 {@code SECOND_FACTOR_INVALID} for a
   *     wrong code
   */
  @Transactional(noRollbackFor = ApiException.class)
  public void confirm(String userId, String code) {
    SecondFactorMapper.Row row = rows.find(userId);
    if (row == null || row.confirmedAt() != null) {
      throw new ApiException(
          org.springframework.http.HttpStatus.CONFLICT, "NO_ENROLMENT", "请先开始启用动态验证码。");
    }
    if (!accept(userId, row, code, "确认启用动态验证码")) {
      throw new ApiException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "SECOND_FACTOR_INVALID",
          "动态验证码不正确，请输入验证器应用当前显示的 6 位数字。");
    }
  }

  /**
   * Checks the code of {@code userId}'s login; audited.
   *
   * @return true when the user has a confirmed second factor and {@code code} is valid and unused
   */
  @Transactional
  public boolean verifyLogin(String userId, String code) {
    SecondFactorMapper.Row row = rows.find(userId);
    return row != null && row.confirmedAt() != null && accept(userId, row, code, "登录动态验证码");
  }

  /**
   * Removes {@code userId}'s second factor (a lost phone): the user logs in with the password alone
   * and may enrol again. Audited.
   *
   * @param caller the administrator: a system administrator ({@code sysadmin}, users are theirs) or
   *     {@code camunda-admin}; only {@code camunda-admin} resets a member of an administrators'
   *     group
   * @throws ApiException 403 for anyone else, 404 when the user has no second factor
   */
  @Transactional
  public void reset(String caller, List<String> callerGroups, String userId) {
    boolean breakGlass = callerGroups.contains(CurrentUser.ADMIN_GROUP);
    if (!breakGlass && !callerGroups.contains(Administrators.SYSTEM)) {
      throw ApiException.forbidden("只有系统管理员可以重置动态验证码。");
    }
    boolean administrator =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .anyMatch(Administrators.GROUPS::contains);
    if (administrator && !breakGlass) {
      throw ApiException.forbidden("管理员账号的动态验证码只能由应急管理员（camunda-admin）重置。");
    }
    if (rows.find(userId) == null) {
      throw ApiException.notFound("该用户未启用动态验证码。");
    }
    rows.delete(userId);
    audit.record(AuditKind.SECOND_FACTOR, caller, "重置动态验证码", userId, AuditOutcome.SUCCESS);
  }

  private boolean accept(String userId, SecondFactorMapper.Row row, String code, String action) {
    byte[] secret = Totp.fromBase32(cipher.decrypt(row.secretCipher()));
    long step = Totp.matchingStep(secret, code, Totp.step(EngineClock.epochSecond()), window);
    boolean accepted = step >= 0 && rows.accept(userId, step, EngineClock.current()) == 1;
    audit.record(
        AuditKind.SECOND_FACTOR,
        userId,
        action,
        userId,
        accepted ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
    return accepted;
  }
}
