package cn.partyunion.workflow.directreport;

import java.time.LocalDate;

/**
 * A validated nomination: the start form's variables (DOMAIN §1 table) after {@link
 * NominationValidator} accepted them. {@code idNumber} is the full 18-character number.
 */
public record Nomination(
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
    String recommendationReason) {}
