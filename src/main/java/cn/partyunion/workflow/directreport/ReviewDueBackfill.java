package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives the cases under review stored before version 10.1 the due date of their open
 * review task ({@code dr_candidate.review_due_at}, which {@link ReviewDueListener} sets for every
 * review task created since), so that the supervision counts them. Finds nothing to do on every
 * later start (one indexed query).
 */
@Component
class ReviewDueBackfill implements ApplicationRunner {

  private static final int BATCH = 200;
  private final CandidateMapper candidates;
  private final OpenTasks openTasks;

  ReviewDueBackfill(CandidateMapper candidates, OpenTasks openTasks) {
    this.candidates = candidates;
    this.openTasks = openTasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> reviews = ReviewStep.REVIEWS.stream().map(ReviewStep::taskKey).toList();
    List<Candidate> batch;
    int offset = 0;
    do {
      batch = candidates.findUnderReviewWithoutDue(BATCH, offset);
      Map<String, List<OpenTasks.Held>> tasks =
          openTasks.of(batch.stream().map(Candidate::processInstanceId).toList());
      int done = 0;
      for (Candidate c : batch) {
        for (OpenTasks.Held held : tasks.getOrDefault(c.processInstanceId(), List.of())) {
          if (reviews.contains(held.task().getTaskDefinitionKey())
              && held.task().getDueDate() != null) {
            candidates.setReviewDue(c.recordNo(), EngineClock.toLocal(held.task().getDueDate()));
            done++;
            break;
          }
        }
      }
      // rows without an open review task stay NULL: skip past them
      offset += batch.size() - done;
    } while (batch.size() == BATCH);
  }
}
