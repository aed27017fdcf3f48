package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.supervision.OverdueFlag;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A case as {@code GET /api/direct-report/candidates} returns it (DOMAIN §5, §8), with Chinese
 * labels, the stage, the overdue flag of its open review task and its open task.
 *
 * @param idNumber masked (first 6 + last 4) for everybody but the organization department
 * @param age whole years on the engine's today
 * @param stage a {@link CandidateStage} name
 * @param currentStep the Chinese name of the open task (several joined with "、"), {@code null} if
 *     none
 * @param currentHolder who holds it: the assignee's real name, else the role of its candidate group
 *     (e.g. 开发园区党工委)
 * @param taskId the open task's id (the first one by due date), for a Tasklist link
 */
public record CandidateView(
    String recordNo,
    String candidateName,
    String enterpriseCode,
    String enterpriseName,
    String parkCode,
    String parkName,
    String status,
    String statusLabel,
    String idNumber,
    LocalDateTime nominatedAt,
    LocalDateTime approvedAt,
    String developmentStage,
    OverdueFlag overdueFlag,
    String gender,
    String genderLabel,
    LocalDate birthDate,
    int age,
    String education,
    String talentCategory,
    String talentCategoryLabel,
    String industry,
    String stage,
    String stageLabel,
    String currentStep,
    String currentHolder,
    String taskId) {}
