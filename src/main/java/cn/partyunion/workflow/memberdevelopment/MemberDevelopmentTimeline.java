package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.development.DevelopmentTimeline;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The member-development steps of a record ({@code md_step}, one indexed query) for the 全程纪实, with
 * Chinese labels for the step and its outcome.
 */
@Component
class MemberDevelopmentTimeline implements DevelopmentTimeline {

  private static final java.util.Map<String, String> OUTCOMES =
      java.util.Map.of(
          "PASSED", "通过",
          "FAILED", "不合格",
          "NONE", "无异议",
          "OBJECTIONS", "有反映问题",
          "APPROVED", "批准",
          "REFUSED", "不予批准");

  private final DevelopmentMapper records;

  MemberDevelopmentTimeline(DevelopmentMapper records) {
    this.records = records;
  }

  @Override
  public List<Step> steps(String recordNo) {
    return records.findSteps(recordNo).stream()
        .map(
            s ->
                new Step(
                    s.step(),
                    DevelopmentStep.valueOf(s.step()).label(),
                    s.actor(),
                    s.actorName(),
                    s.at(),
                    s.decision(),
                    s.decision() == null
                        ? null
                        : OUTCOMES.getOrDefault(
                            s.decision(),
                            Labelled.labelOf(
                                    s.decision(),
                                    ConversionDecision.class,
                                    RecommendationMethod.class)
                                .orElse(s.decision())),
                    s.summary(),
                    s.startedAt(),
                    s.dueAt()))
        .toList();
  }
}
