package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One half-yearly inspection of a case (table dr_inspection). */
public record InspectionEntry(
    int periodNo,
    LocalDate inspectionDate,
    String conduct,
    String work,
    String study,
    String opinion,
    String recordedBy,
    LocalDateTime recordedAt) {}
