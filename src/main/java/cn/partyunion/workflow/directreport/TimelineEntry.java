package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * One step of a case (table {@code dr_review_record}).
 *
 * @param step one of {@link ReviewStep}
 * @param actor user id of who did it ({@code null} for the system)
 * @param actorName the actor's real name when the step was stored ({@code null} for the system and
 *     for steps stored before version 10.1 of a user unknown then)
 * @param decision the decision or result of the step (e.g. {@code APPROVE}, {@code GOOD}, {@code
 *     MATURE}, {@code ACTIVIST}), or {@code null}
 * @param startedAt when the user task the step completes was created, {@code null} if none
 * @param dueAt that task's due date, {@code null} if none
 * @param durationMinutes minutes from {@code startedAt} to {@code decidedAt}
 */
public record TimelineEntry(
    String step,
    String actor,
    String actorName,
    String decision,
    String comment,
    LocalDateTime decidedAt,
    LocalDateTime startedAt,
    LocalDateTime dueAt,
    Long durationMinutes) {}
