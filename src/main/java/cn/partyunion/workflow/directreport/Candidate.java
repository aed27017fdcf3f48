package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A candidate's case as stored in {@code dr_candidate} (one row of the 信息库; the nomination's other
 * fields are in {@link CandidateRecord}).
 *
 * @param idNumber the full resident ID number (shown masked to everybody but the organization
 *     department)
 * @param status one of {@link CandidateStatus}
 * @param stage one of {@link CandidateStage}
 * @param developmentStage the member-development stage once mature (see a {@link DevelopmentStage}
 *     name), else {@code null}
 * @param approvedAt when the organization department took the candidate into the information
 *     database, else {@code null}
 * @param reviewDueAt due date of the case's open review task, else {@code null}
 * @param id the row's key (export order)
 */
public record Candidate(
    String recordNo,
    String processInstanceId,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String parkName,
    String candidateName,
    String gender,
    LocalDate birthDate,
    String idNumber,
    String education,
    String talentCategory,
    String industry,
    String status,
    String stage,
    String developmentStage,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    LocalDateTime closedAt,
    LocalDateTime reviewDueAt,
    long id) {}
