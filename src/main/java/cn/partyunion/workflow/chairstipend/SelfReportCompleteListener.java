package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.CHAIR_ID;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.DUTIES_SUMMARY;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.QUARTER;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the self-report task: checks {@code dutiesSummary} (at least
 * {@code min-duties-summary-length}, default 20 characters, DOMAIN §3) and stores it on the
 * roster.
 *
 * @throws FormValidationException when the summary is missing or too short
 */
@Component
public class SelfReportCompleteListener implements TaskListener {

  private final QuarterRoster roster;
  private final ChairStipendProperties properties;

  public SelfReportCompleteListener(QuarterRoster roster, ChairStipendProperties properties) {
    this.roster = roster;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    String text = FormValues.text(task.getVariable(DUTIES_SUMMARY));
    String summary = text == null ? "" : text;
    int length = summary.codePointCount(0, summary.length());
    if (length < properties.minDutiesSummaryLength()) {
      throw new FormValidationException("履职述职不少于 %d 字（当前 %d 字）。"
          .formatted(properties.minDutiesSummaryLength(), length));
    }
    roster.recordSelfReport((String) task.getVariable(QUARTER),
        (String) task.getVariable(CHAIR_ID), summary);
  }
}
