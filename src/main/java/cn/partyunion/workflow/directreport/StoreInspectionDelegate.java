package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.CONDUCT;
import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTION_DATE;
import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTION_OPINION;
import static cn.partyunion.workflow.directreport.DirectReportModel.LAST_INSPECTION;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECORD_NO;
import static cn.partyunion.workflow.directreport.DirectReportModel.STUDY;
import static cn.partyunion.workflow.directreport.DirectReportModel.WORK;

import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "登记考察记录" (DOMAIN §1.6): validates and stores the half-yearly inspection ({@code
 * inspectionDate} not in the future, {@code conduct}, {@code work}, {@code study} 1–1000 characters
 * each, {@code inspectionOpinion} {@code GOOD | FAIR | NEEDS_IMPROVEMENT}) as the next period in
 * {@code dr_inspection} and the timeline, then clears the form's variables so that the next
 * inspection starts empty.
 *
 * @throws FormValidationException listing every broken rule
 */
@Component
public class StoreInspectionDelegate implements JavaDelegate {

  private static final List<String> FORM_VARIABLES =
      List.of(INSPECTION_DATE, CONDUCT, WORK, STUDY, INSPECTION_OPINION);
  private final CandidateMapper candidates;
  private final CaseSteps steps;

  StoreInspectionDelegate(CandidateMapper candidates, CaseSteps steps) {
    this.candidates = candidates;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    Violations v = new Violations(execution.getVariables());
    LocalDate date = v.date(INSPECTION_DATE, "考察日期", true);
    if (date != null && date.isAfter(now.toLocalDate())) {
      v.add("考察日期不能晚于今天");
    }
    String conduct = v.text(CONDUCT, "思想表现", true, 1, 1000);
    String work = v.text(WORK, "工作表现", true, 1, 1000);
    String study = v.text(STUDY, "学习情况", true, 1, 1000);
    InspectionOpinion opinion = v.oneOf(INSPECTION_OPINION, "考察意见", InspectionOpinion.class);
    v.throwIfAny();
    String recordNo = (String) execution.getVariable(RECORD_NO);
    String actor = Actor.current();
    int period = candidates.countInspections(recordNo) + 1;
    candidates.insertInspection(
        recordNo, period, date, conduct, work, study, opinion.name(), actor, now);
    String summary = "第" + period + "次考察（" + date + "）：" + opinion.label();
    steps.record(execution, recordNo, ReviewStep.INSPECTION, opinion.name(), summary, now);
    execution.setVariable(LAST_INSPECTION, summary);
    FORM_VARIABLES.forEach(execution::removeVariable);
  }
}
