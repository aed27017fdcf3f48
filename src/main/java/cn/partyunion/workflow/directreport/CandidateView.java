package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * A case as {@code GET /api/direct-report/candidates} returns it (DOMAIN §5), with the Chinese
 * status label, the member-development stage and the overdue flag of its open review task.
 *
 * @param idNumber masked (first 6 + last 4) for everybody but the organization department
 */
public record CandidateView(
    String recordNo,
    String candidateName,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String status,
    String statusLabel,
    String idNumber,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    String developmentStage,
    OverdueFlag overdueFlag) {}
