package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail ({@code audit_event}, issue 16): who, when (EngineClock, application
 * zone), from which address (the current HTTP request, {@link AuditRequestContext}), what, outcome.
 * A row is written in the caller's transaction: an action that rolls back leaves no row. Texts
 * longer than their columns are cut (user and address 64, action 200, target 500 characters).
 */
@Service
public class AuditTrail {

  static final int USER_LENGTH = 64;
  static final int ACTION_LENGTH = 200;
  static final int TARGET_LENGTH = 500;

  private final AuditMapper mapper;
  private final ObjectProvider<IdentityService> identityService;

  /**
   * {@code identityService} is looked up when first used: the engine writes rows while it starts.
   */
  public AuditTrail(AuditMapper mapper, ObjectProvider<IdentityService> identityService) {
    this.mapper = mapper;
    this.identityService = identityService;
  }

  /**
   * Appends one row.
   *
   * @param userId who; null for the engine itself
   * @param action what was done (e.g. the request line)
   * @param target on what, or null
   */
  public void record(
      AuditKind kind, String userId, String action, String target, AuditOutcome outcome) {
    AuditRequestContext.Origin origin = AuditRequestContext.current();
    mapper.insert(
        new AuditEvent(
            null,
            EngineClock.current(),
            cut(userId, USER_LENGTH),
            origin == null ? null : cut(origin.clientAddress(), USER_LENGTH),
            kind.name(),
            cut(action, ACTION_LENGTH),
            cut(target, TARGET_LENGTH),
            outcome.name()));
  }

  /**
   * Records that the caller of the current {@code /api} request was shown the full resident ID
   * numbers of {@code recordNos} (PIPL Art. 28 sensitive personal information; the organization
   * department only). Does nothing for an empty list.
   */
  public void idNumbersShown(Collection<String> recordNos) {
    if (recordNos.isEmpty()) {
      return;
    }
    record(
        AuditKind.ID_NUMBER_VIEW,
        currentUser(),
        requestLine("查看完整身份证号"),
        recordNos.size() + " 条：" + String.join(",", recordNos),
        AuditOutcome.SUCCESS);
  }

  /** The user of the engine's current authentication, or null. */
  String currentUser() {
    Authentication authentication = identityService.getObject().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** {@code METHOD /path} of the current request, or {@code otherwise} outside a request. */
  static String requestLine(String otherwise) {
    AuditRequestContext.Origin origin = AuditRequestContext.current();
    return origin == null ? otherwise : origin.method() + " " + origin.path();
  }

  private static String cut(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    return text.substring(0, length - 1) + "…";
  }
}
