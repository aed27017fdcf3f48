package cn.partyunion.workflow.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user must do before anything else (issue 16, 身份鉴别): change a password somebody
 * else set ({@link PasswordChange}); enrol a second factor where it is mandatory ({@link
 * SecondFactor}, 403 {@value #ENROLMENT_REQUIRED}; only enrolment calls are allowed then). A user
 * with a second factor is refused HTTP Basic (401 {@value SecondFactorLoginFilter#REQUIRED}: Basic
 * has no field for a code), only the login session counts. Until then every call of the webapps
 * ({@code /camunda/api}), the engine's REST API ({@code /engine-rest}), the application API ({@code
 * /api}) and every workbench page is refused, except the calls that do it: the webapps' login,
 * logout and profile, setting one's own password ({@code POST /api/security/password}, {@code PUT
 * …/user/<self>/credentials}), reading the password policy, and the workbench's password page
 * ({@code /workbench/password}). Once nothing is left to do for a login session, the session
 * remembers it and is not checked again.
 */
@Component
public class AccountGate {

  /** The refusal's code while the password must be changed. */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  /** The refusal's message while the password must be changed. */
  public static final String PASSWORD_CHANGE_MESSAGE =
      "首次登录请先修改密码（工作台「修改密码」页：/workbench/password）。";

  /** The refusal's code while a mandatory second factor is not enrolled. */
  public static final String ENROLMENT_REQUIRED = "SECOND_FACTOR_ENROLMENT_REQUIRED";

  /** The workbench page where a user enrols their second factor. */
  public static final String SECOND_FACTOR_PAGE = "/workbench/second-factor";

  /** The workbench page where a user changes their password. */
  public static final String PASSWORD_PAGE = "/workbench/password";

  private static final String CLEARED = AccountGate.class.getName() + ".cleared";

  /** Calls allowed whoever the user is (login, logout, static plugin code of the webapps). */
  private static final Pattern ALWAYS =
      Pattern.compile(
          "/camunda/api/admin/auth/.*|/camunda/api/engine/engine/?|/camunda/api/[a-z]+/plugin/[^/]+/static/.*"
              + "|/workbench/login|/workbench/assets/.*");

  /** Calls allowed while the password must be changed; {@code SELF} stands for the user id. */
  private static final String PASSWORD_CALLS =
      "/api/security/(password|account)|/workbench/password"
          + "|(/camunda/api/engine/engine/default|/engine-rest)"
          + "(/identity/password-policy|/user/SELF/credentials|/user/SELF/profile)";

  /** Calls allowed while a mandatory second factor is not enrolled. */
  private static final String ENROLMENT_CALLS =
      "/api/security/(account|second-factor/.*)|/workbench/second-factor";

  private final PasswordChange passwordChange;
  private final SecondFactor secondFactor;

  public AccountGate(PasswordChange passwordChange, SecondFactor secondFactor) {
    this.passwordChange = passwordChange;
    this.secondFactor = secondFactor;
  }

  /**
   * Why a call is refused: HTTP status, code and Chinese message; {@code page} is the workbench
   * page where the user does what is missing.
   */
  public record Refusal(int status, String code, String message, String page) {
    /** The refusal as the JSON body {@code {"error", "type", "message"}} of every API. */
    public String json() {
      return "{\"error\":\""
          + code
          + "\",\"type\":\""
          + code
          + "\",\"message\":\""
          + message
          + "\"}";
    }
  }

  /**
   * @param userId the signed-in user of {@code request}, or null (not signed in: nothing to refuse)
   * @param bySession whether the user comes with the webapps' login session (else HTTP Basic)
   * @return the refusal of {@code request}, or empty when it may go on
   */
  public Optional<Refusal> refusal(String userId, boolean bySession, HttpServletRequest request) {
    if (userId == null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session != null && userId.equals(session.getAttribute(CLEARED))) {
      return Optional.empty();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (ALWAYS.matcher(path).matches()) {
      return Optional.empty();
    }
    if (passwordChange.required(userId)) {
      if (allows(PASSWORD_CALLS, userId, path)) {
        return Optional.empty();
      }
      return Optional.of(
          new Refusal(403, PASSWORD_CHANGE_REQUIRED, PASSWORD_CHANGE_MESSAGE, PASSWORD_PAGE));
    }
    if (!bySession && secondFactor.enrolled(userId)) {
      return Optional.of(
          new Refusal(
              401,
              SecondFactorLoginFilter.REQUIRED,
              "该账号已启用动态验证码，不能以 HTTP Basic 调用，请通过工作台登录。",
              PASSWORD_PAGE));
    }
    if (secondFactor.enrolmentRequired(userId)) {
      if (allows(ENROLMENT_CALLS, userId, path)) {
        return Optional.empty();
      }
      return Optional.of(
          new Refusal(
              403,
              ENROLMENT_REQUIRED,
              "管理员和组织部须先启用动态验证码（工作台「动态验证码」页：/workbench/second-factor）。",
              SECOND_FACTOR_PAGE));
    }
    if (session != null) {
      session.setAttribute(CLEARED, userId);
    }
    return Optional.empty();
  }

  /** Forgets that {@code request}'s session had nothing left to do (e.g. a password was reset). */
  public static void recheck(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CLEARED);
    }
  }

  private static boolean allows(String calls, String userId, String path) {
    return Pattern.compile(calls.replace("SELF", Pattern.quote(userId))).matcher(path).matches();
  }
}
