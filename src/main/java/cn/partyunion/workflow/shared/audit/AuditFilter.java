package cn.partyunion.workflow.shared.audit;

import java.time.LocalDateTime;

/**
 * What the audit page searches for; every part optional (null).
 *
 * @param userId exactly this user
 * @param kind a {@link AuditKind} name
 * @param from rows at or after this time
 * @param before rows before this time
 */
public record AuditFilter(String userId, String kind, LocalDateTime from, LocalDateTime before) {}
