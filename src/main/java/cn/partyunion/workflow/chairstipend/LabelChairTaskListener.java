package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.ENTERPRISE_NAME;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the chair's tasks (self-report, assessment): gives the task its own copies of
 * {@code quarter}, {@code chairName} and {@code enterpriseName}, the columns of the chairs' and the
 * town unions' Tasklist filters (issue 11: a town's cards were identical, a chair's had no
 * quarter). Tasklist reads a card's variables with the user's rights; chairs and town unions may
 * work on their tasks but not read the chair instances (no READ_INSTANCE, by design), so the
 * instance's variables alone stay invisible on the cards.
 */
@Component
public class LabelChairTaskListener implements TaskListener {

  private static final List<String> CARD_VARIABLES = List.of(QUARTER, CHAIR_NAME, ENTERPRISE_NAME);

  @Override
  public void notify(DelegateTask task) {
    for (String name : CARD_VARIABLES) {
      task.setVariableLocal(name, task.getVariable(name));
    }
  }
}
