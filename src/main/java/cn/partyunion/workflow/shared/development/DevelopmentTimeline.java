package cn.partyunion.workflow.shared.development;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The steps of a candidate's member development (DOMAIN §6) for the direct-report 全程纪实, which lists
 * them after its own steps — published by {@code memberdevelopment}, read by {@code directreport}.
 */
public interface DevelopmentTimeline {

  /** The candidate's member-development steps in the order they were stored (empty if none). */
  List<Step> steps(String recordNo);

  /**
   * One stored step.
   *
   * @param step the step's code (e.g. {@code TALK}, {@code ADMISSION_MEETING})
   * @param stepLabel its Chinese name
   * @param actorName the actor's real name when the step was stored
   * @param decisionLabel the Chinese outcome (e.g. 按期转正), or {@code null}
   * @param summary the step's content in one line of Chinese (dates, names, vote counts)
   * @param startedAt when the user task the step completes was created
   * @param dueAt that task's due date, if it had one
   */
  record Step(
      String step,
      String stepLabel,
      String actor,
      String actorName,
      LocalDateTime at,
      String decision,
      String decisionLabel,
      String summary,
      LocalDateTime startedAt,
      LocalDateTime dueAt) {}
}
