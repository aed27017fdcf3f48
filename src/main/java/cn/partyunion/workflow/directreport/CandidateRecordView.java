package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code GET /api/direct-report/candidates/{recordNo}}: the header of a candidate's 纪实 (DOMAIN §8):
 * every nomination field with its Chinese label, the enterprise, park, industry and liaison, where
 * the case stands, its open tasks, mentor and inspector, inspections and the stages reached. The ID
 * number is masked (first 6 + last 4) for everybody but the organization department.
 */
public record CandidateRecordView(
    String recordNo,
    String candidateName,
    String gender,
    String genderLabel,
    String ethnicity,
    LocalDate birthDate,
    int age,
    String idNumber,
    String phone,
    String education,
    String jobTitle,
    String skillLevel,
    String talentCategory,
    String talentCategoryLabel,
    String politicalStatus,
    String politicalStatusLabel,
    LocalDate applicationDate,
    String discoveryChannel,
    String honors,
    String recommendationReason,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String parkName,
    String industry,
    String liaisonId,
    String liaisonName,
    String status,
    String statusLabel,
    String stage,
    String stageLabel,
    String closingReason,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    LocalDateTime closedAt,
    List<OpenTask> openTasks,
    List<Pairing> pairings,
    List<Inspection> inspections,
    List<StageReached> stages) {

  /** An open task of the case; {@code overdueFlag} from its due date. */
  public record OpenTask(
      String taskId, String name, String holder, LocalDateTime dueDate, OverdueFlag overdueFlag) {}

  /** The mentor ({@code MENTOR} 结对帮带党员) or inspector ({@code INSPECTOR} 园区考察专人). */
  public record Pairing(
      String role,
      String roleLabel,
      String personName,
      String phone,
      String namedByName,
      LocalDateTime namedAt) {}

  /** One half-yearly inspection, {@code opinion} an {@link InspectionOpinion} name. */
  public record Inspection(
      int periodNo,
      LocalDate inspectionDate,
      String conduct,
      String work,
      String study,
      String opinion,
      String opinionLabel,
      String recordedByName,
      LocalDateTime recordedAt) {}

  /** A stage reached and when (nominated, in database, mature, member-development stages). */
  public record StageReached(String stage, String label, LocalDateTime reachedAt) {}
}
