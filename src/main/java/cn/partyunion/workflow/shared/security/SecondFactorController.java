package cn.partyunion.workflow.shared.security;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolment of the caller's second factor ({@link SecondFactor}); the workbench's page {@value
 * AccountGate#SECOND_FACTOR_PAGE} calls it.
 */
@RestController
@RequestMapping("/api/security/second-factor")
public class SecondFactorController {

  private final CurrentUser currentUser;
  private final SecondFactor secondFactor;

  public SecondFactorController(CurrentUser currentUser, SecondFactor secondFactor) {
    this.currentUser = currentUser;
    this.secondFactor = secondFactor;
  }

  /**
   * {@code POST /api/security/second-factor/enrolment}: a new secret ({@code secret} Base32, {@code
   * otpauthUri}), shown only in this answer.
   *
   * @throws ApiException 403 outside the administrators and the organization department, 409 when
   *     enrolled already
   */
  @PostMapping("/enrolment")
  public SecondFactor.Enrolment enrol() {
    return secondFactor.enrol(currentUser.id());
  }

  /**
   * {@code DELETE /api/security/second-factor/users/{userId}}: 204, the user's second factor
   * removed (lost phone); for the system administrator, for administrators' accounts only {@code
   * camunda-admin}. @throws ApiException 403, 404 (none enrolled)
   */
  @DeleteMapping("/users/{userId}")
  public ResponseEntity<Void> reset(@PathVariable String userId) {
    secondFactor.reset(currentUser.id(), currentUser.groups(), userId);
    return ResponseEntity.noContent().build();
  }

  /** The first code of the app. */
  public record Confirmation(String code) {}

  /**
   * {@code POST /api/security/second-factor/confirmation}: 204 when {@code code} is the app's
   * current code; from then on the login needs a code.
   *
   * @throws ApiException 400 {@code SECOND_FACTOR_INVALID} for a wrong code, 409 without an
   *     enrolment started
   */
  @PostMapping("/confirmation")
  public ResponseEntity<Void> confirm(@RequestBody Confirmation confirmation) {
    secondFactor.confirm(currentUser.id(), confirmation == null ? null : confirmation.code());
    return ResponseEntity.noContent().build();
  }
}
