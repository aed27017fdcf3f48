package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks after each review (liaison, park, organization department; the step comes from
 * the input parameter {@code reviewStep}): validates {@code decision}
 * ({@code APPROVE | RETURN | REJECT}) and {@code comment} (required unless {@code APPROVE},
 * at most 1000 characters), appends the step to the timeline and updates the case: a return
 * sets {@code RETURNED}, a rejection closes it ({@code REJECTED}, the comment as reason), the
 * organization department's approval takes the candidate into the information database
 * ({@code IN_DATABASE}). The decision moves to {@code lastDecision} for the gateway, so that the
 * next review form starts empty.
 *
 * @throws FormValidationException for a missing or unknown decision or a missing comment
 */
@Component
public class StoreReviewDecisionDelegate implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private final CandidateMapper candidates;
  private final DirectReportProperties properties;

  public StoreReviewDecisionDelegate(CandidateMapper candidates,
      DirectReportProperties properties) {
    this.candidates = candidates;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewStep step = ReviewStep.valueOf((String) execution.getVariableLocal("reviewStep"));
    Violations v = new Violations(execution.getVariables());
    String decision = v.oneOf("decision", "审核意见", Choices.DECISION.keySet());
    boolean commentRequired = decision != null && !"APPROVE".equals(decision);
    String comment = v.text("comment", "意见说明", false, 1, 1000);
    if (commentRequired && comment == null) {
      v.add("退回或不同意时须填写理由");
    }
    v.throwIfAny();

    String recordNo = (String) execution.getVariable("recordNo");
    LocalDateTime now = EngineClock.now();
    candidates.insertStep(recordNo, step.name(), Actor.current(), decision,
        comment, now);
    switch (decision) {
      case "RETURN" -> {
        candidates.updateStatus(recordNo, CandidateStatus.RETURNED.name());
        execution.setVariable("returnReason", step.label() + "退回：" + comment);
      }
      case "REJECT" -> candidates.close(recordNo, CandidateStatus.REJECTED.name(), now,
          step.label() + "：" + comment);
      default -> {
        if (step == ReviewStep.ORGDEPT_APPROVAL) {
          candidates.approve(recordNo, now);
          execution.setVariable("approvedDate", now.format(DAY));
          execution.setVariable("earliestMatureDate",
              now.plus(properties.minimumCultivation()).format(DAY));
        }
      }
    }
    execution.setVariable(commentVariable(step), comment == null ? "同意" : comment);
    execution.setVariable("lastDecision", decision);
    execution.removeVariable("decision");
    execution.removeVariable("comment");
  }

  private static String commentVariable(ReviewStep step) {
    return switch (step) {
      case LIAISON_REVIEW -> "liaisonOpinion";
      case PARK_REVIEW -> "parkOpinion";
      default -> "orgdeptOpinion";
    };
  }
}
