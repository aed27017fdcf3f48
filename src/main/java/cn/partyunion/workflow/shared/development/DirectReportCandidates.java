package cn.partyunion.workflow.shared.development;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the member-development procedure ({@code memberDevelopment}, DOMAIN §6) needs of the
 * direct-report channel ({@code directReport}, DOMAIN §1) — published by {@code directreport}, used
 * by {@code memberdevelopment}, so that neither process package knows the other.
 */
public interface DirectReportCandidates {

  /**
   * The direct-report candidate with this record number, as handed over by the organization
   * department's {@code MATURE} decision; empty when no direct-report case has that number.
   */
  Optional<HandedOverCandidate> find(String recordNo);

  /**
   * The candidate reached a stage of member development: the 信息库's {@code stage} follows it ({@code
   * ACTIVIST}, {@code DEVELOPMENT_TARGET}, {@code PROBATIONARY}, {@code FULL_MEMBER}; other stages
   * leave it unchanged); {@code FULL_MEMBER} closes the direct-report case.
   *
   * @param stage a DOMAIN §6 stage name
   * @param at when (the engine's clock)
   */
  void stageReached(String recordNo, String stage, LocalDateTime at);

  /**
   * Member development ended before full membership (failed political review, objections, approval
   * refused, probationary membership cancelled): the direct-report case closes as withdrawn with
   * {@code reason}.
   */
  void ended(String recordNo, String reason, LocalDateTime at);

  /**
   * A direct-report candidate as member development takes it over.
   *
   * @param gender {@code MALE} or {@code FEMALE}
   * @param applicationDate the day the written Party application was handed in, {@code null} when
   *     the nomination gave none
   */
  record HandedOverCandidate(
      String recordNo,
      String candidateName,
      String gender,
      LocalDate birthDate,
      LocalDate applicationDate,
      String enterpriseCode) {}
}
