package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * One step of {@code GET /api/direct-report/candidates/{recordNo}/timeline} (DOMAIN §5): who, when,
 * decision, comment, with Chinese labels for the step and the decision, and how long the user task
 * took against its due date.
 *
 * @param actorName the actor's real name (last + first name)
 * @param startedAt when the user task the step completes was created, {@code null} for the start
 * @param dueAt that task's due date (review tasks only)
 * @param durationDays days from {@code startedAt} to {@code at}, one decimal
 * @param overdue whether the step was done after {@code dueAt}
 */
public record TimelineView(
    String step,
    String stepLabel,
    String actor,
    String actorName,
    LocalDateTime at,
    String decision,
    String decisionLabel,
    String comment,
    LocalDateTime startedAt,
    LocalDateTime dueAt,
    Double durationDays,
    boolean overdue) {}
