package cn.partyunion.workflow.memberdevelopment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person in the member-development procedure as stored in {@code md_applicant} (DOMAIN §6): who,
 * where, the stage reached and the dates later steps are measured from.
 *
 * @param recordNo the business key: the direct-report record number, or {@code FZ<year><6 digits>}
 *     for an applicant the branch registered
 * @param source {@code DIRECT_REPORT} (handed over) or {@code BRANCH} (registered by the branch)
 * @param stage a {@link MemberStage} name
 * @param activistDate the branch committee's decision on the activist (细则 第八条), else null
 * @param developmentTargetDate the decision on the development target (第十三条), else null
 * @param publicityEnd the last day of the publicity (第二十二条), else null
 * @param admissionMeetingDate the branch general meeting that admitted the probationary member
 * @param probationEnd when the probation ends (one year after the admission meeting, plus any
 *     extension; 第三十二条), else null
 * @param extensions how many times the probation was extended (at most once)
 * @param endedReason why the procedure stopped ({@link MemberStage#ENDED}), else null
 */
public record Applicant(
    String recordNo,
    String processInstanceId,
    String source,
    String enterpriseCode,
    String parkCode,
    String branchCode,
    String candidateName,
    String gender,
    LocalDate birthDate,
    LocalDate applicationDate,
    String stage,
    LocalDate activistDate,
    LocalDate developmentTargetDate,
    LocalDate publicityEnd,
    LocalDate admissionMeetingDate,
    LocalDate probationEnd,
    int extensions,
    String endedReason,
    LocalDateTime registeredAt,
    LocalDateTime closedAt) {

  /** {@code source} of a candidate handed over by the direct-report channel. */
  public static final String DIRECT_REPORT = "DIRECT_REPORT";

  /** {@code source} of an applicant the branch registered. */
  public static final String BRANCH = "BRANCH";

  /** Whether the direct-report channel handed this candidate over. */
  public boolean handedOver() {
    return DIRECT_REPORT.equals(source);
  }
}
