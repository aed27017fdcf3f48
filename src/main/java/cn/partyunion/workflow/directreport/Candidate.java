package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/**
 * A candidate's case as stored in {@code dr_candidate} (the nomination's fields are in {@link
 * Nomination}).
 *
 * @param idNumber the full resident ID number (shown masked to everybody but the organization
 *     department)
 * @param status one of {@link CandidateStatus}
 * @param developmentStage the member-development stage once mature (see a {@link DevelopmentStage}
 *     name), else {@code null}
 * @param approvedAt when the organization department took the candidate into the information
 *     database, else {@code null}
 */
public record Candidate(
    String recordNo,
    String processInstanceId,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String candidateName,
    String idNumber,
    String status,
    String developmentStage,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    LocalDateTime closedAt) {}
