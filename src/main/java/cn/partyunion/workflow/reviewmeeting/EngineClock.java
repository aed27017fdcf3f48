package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock (which tests move) as local date-time in the JVM zone (Asia/Shanghai). */
final class EngineClock {

  private EngineClock() {}

  static LocalDateTime now() {
    return toLocal(ClockUtil.getCurrentTime());
  }

  static LocalDateTime toLocal(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

  static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
