package cn.partyunion.workflow.shared.audit;

import java.time.LocalDateTime;

/**
 * One row of the audit trail ({@code audit_event}).
 *
 * @param id the row's number (ascending in time of writing)
 * @param occurredAt when, in the application's zone (EngineClock)
 * @param userId who (the authenticated user, or the user name tried at a failed login); null for
 *     the engine itself
 * @param clientAddress the caller's IP address (the proxy's unless Tomcat's remote-IP handling is
 *     on, see README "HTTPS"); null outside an HTTP request
 * @param kind what kind of action, a {@link AuditKind} name
 * @param action what: the request or engine operation (at most 200 characters)
 * @param target on what: record numbers, path, entity (at most 500 characters), or null
 * @param outcome a {@link AuditOutcome} name
 */
public record AuditEvent(
    Long id,
    LocalDateTime occurredAt,
    String userId,
    String clientAddress,
    String kind,
    String action,
    String target,
    String outcome) {}
