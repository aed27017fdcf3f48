package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * One step of a case (table {@code dr_review_record}).
 *
 * @param step one of {@link ReviewStep}
 * @param actor user id of who did it ({@code null} for the system)
 * @param decision the decision or result of the step (e.g. {@code APPROVE}, {@code GOOD}, {@code
 *     MATURE}, {@code ACTIVIST}), or {@code null}
 */
public record TimelineEntry(
    String step, String actor, String decision, String comment, LocalDateTime decidedAt) {}
