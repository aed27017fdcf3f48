package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDateTime;

/** A unit's written report for one meeting (table {@code rm_report}). */
public record ReportRecord(
    String unitCode,
    String unitName,
    ReportStatus status,
    String reportSummary,
    String keyFigures,
    String submittedBy,
    LocalDateTime submittedAt,
    LocalDateTime remindedAt,
    boolean overdue) {}
