package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * One step of {@code GET /api/direct-report/candidates/{recordNo}/timeline} (DOMAIN §5): who, when,
 * decision, comment, with Chinese labels for the step and the decision.
 */
public record TimelineView(
    String step,
    String stepLabel,
    String actor,
    String actorName,
    LocalDateTime at,
    String decision,
    String decisionLabel,
    String comment) {}
