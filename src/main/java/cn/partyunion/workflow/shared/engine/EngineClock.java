package cn.partyunion.workflow.shared.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application: the engine's clock (which tests move with {@code ClockUtil}),
 * read in the application's time zone ({@code partyunion.time-zone}, default Asia/Shanghai — the
 * users' zone, whatever zone the server runs in). Every date the application stores or compares
 * comes from here, never from the JDK's own clock or the server's default zone.
 */
@Component
public class EngineClock {

  /** The zone the source articles' dates and deadlines are meant in. */
  public static final String DEFAULT_ZONE = "Asia/Shanghai";

  private static volatile ZoneId zone = ZoneId.of(DEFAULT_ZONE);

  /** Takes the zone from configuration once the application starts. */
  public EngineClock(@Value("${partyunion.time-zone:" + DEFAULT_ZONE + "}") String zoneId) {
    zone = ZoneId.of(zoneId);
  }

  /** The application's time zone. */
  public static ZoneId zone() {
    return zone;
  }

  /** The engine's current time as local date-time in the application's zone. */
  public static LocalDateTime current() {
    return toLocal(ClockUtil.getCurrentTime());
  }

  /** The engine's current time in whole seconds since 1970-01-01T00:00Z (e.g. for RFC 6238). */
  public static long epochSecond() {
    return ClockUtil.getCurrentTime().getTime() / 1000;
  }

  /** The engine's current date in the application's zone. */
  public static LocalDate today() {
    return current().toLocalDate();
  }

  /** {@code date} (an instant, as the engine keeps dates) in the application's zone. */
  public static LocalDateTime toLocal(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  /** The instant of {@code time} read in the application's zone. */
  public static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(zone).toInstant());
  }
}
