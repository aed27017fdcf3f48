package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Every stored field of one case (the 纪实 header): the nomination (DOMAIN §1 table), the enterprise,
 * park and liaison, and where the case stands.
 */
public record CandidateRecord(
    String recordNo,
    String processInstanceId,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String parkName,
    String liaisonId,
    String industry,
    String candidateName,
    String gender,
    String ethnicity,
    LocalDate birthDate,
    String idNumber,
    String phone,
    String education,
    String jobTitle,
    String skillLevel,
    String talentCategory,
    String politicalStatus,
    LocalDate applicationDate,
    String discoveryChannel,
    String honors,
    String recommendationReason,
    String status,
    String stage,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    LocalDateTime maturedAt,
    LocalDateTime activistAt,
    LocalDateTime developmentTargetAt,
    LocalDateTime probationaryAt,
    LocalDateTime fullMemberAt,
    LocalDateTime closedAt,
    String closingReason,
    LocalDateTime reviewDueAt) {}
