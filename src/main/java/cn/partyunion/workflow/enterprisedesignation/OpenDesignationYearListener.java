package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.COMMITTEES;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_CLOSES_AT;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_DEADLINE;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_DUE_AT;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.RECOMMENDATION_REMINDER_AT;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.YEAR;

import cn.partyunion.workflow.enterprisedesignation.DesignationMapper.Committee;
import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code enterpriseDesignation} (DOMAIN §7.1): checks the organization
 * department's start form, stores the year's batch and one open task per committee, and sets the
 * committees and the dates of the recommendation stage.
 *
 * <p>Reads {@code year} (integer: this year or next) and {@code recommendationDeadline} ({@code
 * yyyy-MM-dd}, today or later). Sets {@code year}, {@code recommendationDeadline} (normalized),
 * {@code committees} (every park committee, then every industry-chain committee of the registers),
 * {@code recommendationDueAt} (the end of the deadline day), {@code recommendationReminderAt}
 * ({@code reminder-before-deadline} earlier, not before now) and {@code recommendationClosesAt}
 * ({@code close-after-deadline} later).
 *
 * @throws FormValidationException (nothing stored) for another year, a deadline in the past or
 *     after the year, a year that has its batch already, or registers without any committee
 */
@Component("openDesignationYearListener")
public class OpenDesignationYearListener implements ExecutionListener {

  private final DesignationMapper mapper;
  private final EnterpriseDesignationProperties properties;

  public OpenDesignationYearListener(
      DesignationMapper mapper, EnterpriseDesignationProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDateTime now = EngineClock.current();
    int year = FormValues.integer(execution.getVariable(YEAR), "认定年度");
    if (year != now.getYear() && year != now.getYear() + 1) {
      throw new FormValidationException("认定年度应为今年或明年。");
    }
    LocalDate deadline = FormValues.date(execution.getVariable(RECOMMENDATION_DEADLINE), "推荐截止日期");
    if (deadline.isBefore(now.toLocalDate())) {
      throw new FormValidationException("推荐截止日期 " + deadline + " 已过，请选择今天或以后的日期。");
    }
    if (deadline.getYear() > year) {
      throw new FormValidationException("推荐截止日期不能晚于认定年度。");
    }
    if (mapper.findBatch(year) != null) {
      throw new FormValidationException(year + " 年度的直报企业认定已经开启，不能重复开启。");
    }
    List<Committee> committees = mapper.findCommittees();
    if (committees.isEmpty()) {
      throw new FormValidationException("尚未登记任何开发园区或产业链党委，请先导入名录。");
    }
    mapper.insertBatch(
        year, execution.getProcessInstanceId(), deadline, "OPEN", Actor.current(), now);
    List<String> codes = new ArrayList<>();
    for (Committee committee : committees) {
      mapper.insertCommitteeTask(year, committee.code(), committee.kind());
      codes.add(committee.code());
    }
    LocalDateTime dueAt = deadline.plusDays(1).atStartOfDay();
    LocalDateTime reminderAt = dueAt.minus(properties.reminderBeforeDeadline());
    execution.setVariable(YEAR, year);
    execution.setVariable(RECOMMENDATION_DEADLINE, deadline.toString());
    execution.setVariable(COMMITTEES, codes);
    execution.setVariable(RECOMMENDATION_DUE_AT, EngineClock.toDate(dueAt));
    execution.setVariable(
        RECOMMENDATION_REMINDER_AT,
        EngineClock.toDate(reminderAt.isBefore(now) ? now : reminderAt));
    execution.setVariable(
        RECOMMENDATION_CLOSES_AT, EngineClock.toDate(dueAt.plus(properties.closeAfterDeadline())));
  }
}
