package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates the {@code directReport} model asks for in its expressions
 * ({@code ${directReportSchedule.reviewDue()}}), computed on the engine's clock in China
 * Standard Time from {@link DirectReportProperties}.
 */
@Component("directReportSchedule")
public class DirectReportSchedule {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final DirectReportProperties properties;

  public DirectReportSchedule(DirectReportProperties properties) {
    this.properties = properties;
  }

  /** Due date of a review task created now: now + {@code review-due} (default 10 days). */
  public Date reviewDue() {
    return Date.from(now().plus(properties.reviewDue()).atZone(ZONE).toInstant());
  }

  /** ISO-8601 duration of the inspection timer, e.g. {@code P6M}. */
  public String inspectionPeriod() {
    return properties.inspectionPeriod().toString();
  }

  /** The engine's current time in China Standard Time. */
  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }
}
