package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates the {@code directReport} model asks for in its expressions ({@code
 * ${directReportSchedule.reviewDue()}}), computed on the {@link EngineClock} from {@link
 * DirectReportProperties}.
 */
@Component("directReportSchedule")
public class DirectReportSchedule {

  private final DirectReportProperties properties;

  public DirectReportSchedule(DirectReportProperties properties) {
    this.properties = properties;
  }

  /** Due date of a review task created now: now + {@code review-due} (default 10 days). */
  public Date reviewDue() {
    return EngineClock.toDate(EngineClock.current().plus(properties.reviewDue()));
  }

  /** ISO-8601 duration of the inspection timer, e.g. {@code P6M}. */
  public String inspectionPeriod() {
    return properties.inspectionPeriod().toString();
  }
}
