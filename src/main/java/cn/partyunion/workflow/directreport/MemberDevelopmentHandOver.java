package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.development.DirectReportCandidates;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The direct-report side of the hand-over to the member-development procedure (DOMAIN §1.6, §6):
 * the candidate's data for {@code memberDevelopment}, and the 信息库's stage following that process
 * ({@code dr_candidate.stage}, {@code development_stage} and the stage dates).
 */
@Component
class MemberDevelopmentHandOver implements DirectReportCandidates {

  private final CandidateMapper candidates;

  MemberDevelopmentHandOver(CandidateMapper candidates) {
    this.candidates = candidates;
  }

  @Override
  public Optional<HandedOverCandidate> find(String recordNo) {
    CandidateRecord c = candidates.findRecord(recordNo);
    return Optional.ofNullable(c)
        .map(
            r ->
                new HandedOverCandidate(
                    r.recordNo(),
                    r.candidateName(),
                    r.gender(),
                    r.birthDate(),
                    r.applicationDate(),
                    r.enterpriseCode()));
  }

  /** Stages of DOMAIN §6 that the 信息库 shows; {@code APPLICANT} stays {@code MATURE} there. */
  @Override
  public void stageReached(String recordNo, String stage, LocalDateTime at) {
    DevelopmentStage reached =
        switch (stage) {
          case "ACTIVIST" -> DevelopmentStage.ACTIVIST;
          case "DEVELOPMENT_TARGET" -> DevelopmentStage.DEVELOPMENT_TARGET;
          case "PROBATIONARY" -> DevelopmentStage.PROBATIONARY_MEMBER;
          case "FULL_MEMBER" -> DevelopmentStage.FULL_MEMBER;
          default -> null;
        };
    if (reached != null) {
      record(recordNo, reached, at);
    }
  }

  @Override
  public void ended(String recordNo, String reason, LocalDateTime at) {
    candidates.close(recordNo, CandidateStatus.WITHDRAWN.name(), at, reason);
  }

  /** Records the stage; {@link DevelopmentStage#FULL_MEMBER} closes the case. */
  void record(String recordNo, DevelopmentStage stage, LocalDateTime at) {
    candidates.updateStage(recordNo, stage.name(), CandidateStage.of(stage).name(), at);
    if (stage == DevelopmentStage.FULL_MEMBER) {
      candidates.close(recordNo, CandidateStatus.MATURE.name(), at, "已转为正式党员");
    }
  }
}
