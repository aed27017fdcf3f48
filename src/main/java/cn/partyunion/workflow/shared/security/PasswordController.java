package cn.partyunion.workflow.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account ({@code /api/security}): whether they must change their password first
 * ({@link PasswordChange}), and the change itself, which the workbench's page {@value
 * AccountGate#PASSWORD_PAGE} calls. The new password passes the password policy ({@link
 * PasswordPolicyPlugin}).
 */
@RestController
@RequestMapping("/api/security")
public class PasswordController {

  /** Longest password accepted (characters). */
  static final int MAX_PASSWORD_LENGTH = 128;

  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final PasswordChange passwordChange;
  private final SecondFactor secondFactor;

  public PasswordController(
      CurrentUser currentUser,
      IdentityService identityService,
      PasswordChange passwordChange,
      SecondFactor secondFactor) {
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.passwordChange = passwordChange;
    this.secondFactor = secondFactor;
  }

  /**
   * The caller's account: whether they must change their password first, may use a second factor
   * ({@code secondFactorEligible}), have one, or must enrol one first.
   */
  public record Account(
      String id,
      boolean passwordChangeRequired,
      boolean secondFactorEligible,
      boolean secondFactorEnrolled,
      boolean secondFactorRequired) {}

  /** {@code GET /api/security/account}. */
  @GetMapping("/account")
  public Account account() {
    String id = currentUser.id();
    return new Account(
        id,
        passwordChange.required(id),
        secondFactor.eligible(id),
        secondFactor.enrolled(id),
        secondFactor.enrolmentRequired(id));
  }

  /** The body of a password change. */
  public record Change(String currentPassword, String newPassword) {}

  /**
   * {@code POST /api/security/password}: sets the caller's password to {@code newPassword} after
   * checking {@code currentPassword}; 204 when done (the first-login mark is gone).
   *
   * @throws ApiException 400 {@code BAD_REQUEST} when a field is missing or longer than {@value
   *     #MAX_PASSWORD_LENGTH} characters, 400 {@code WRONG_PASSWORD} when the current password is
   *     wrong (counts as a failed login: the login delay applies), 400 {@code PASSWORD_POLICY} when
   *     the new one breaks the policy (the message names every rule); nothing is saved then
   */
  @PostMapping("/password")
  public ResponseEntity<Void> change(@RequestBody Change change, HttpServletRequest request) {
    String id = currentUser.id();
    if (change == null
        || blankOrLong(change.currentPassword())
        || blankOrLong(change.newPassword())) {
      throw ApiException.badRequest("请填写当前密码和新密码（各至多 " + MAX_PASSWORD_LENGTH + " 个字符）。");
    }
    if (!identityService.checkPassword(id, change.currentPassword())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "WRONG_PASSWORD", "当前密码不正确。");
    }
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword(change.newPassword());
    try {
      identityService.saveUser(user);
    } catch (PasswordRefusedException refused) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "PASSWORD_POLICY", refused.getMessage());
    }
    AccountGate.recheck(request);
    return ResponseEntity.noContent().build();
  }

  private static boolean blankOrLong(String password) {
    return password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH;
  }
}
