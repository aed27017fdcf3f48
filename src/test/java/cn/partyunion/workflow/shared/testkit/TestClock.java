package cn.partyunion.workflow.shared.testkit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine's clock ({@link ClockUtil}) in a test, in China time, reset to the real time after
 * each test: {@code @RegisterExtension final TestClock clock = new TestClock();} then {@code
 * clock.set(LocalDateTime.of(2026, 1, 5, 9, 0))}.
 */
public class TestClock implements AfterEachCallback {

  /** The users' and the timers' time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Sets the engine's clock to {@code time} in China time. */
  public void set(LocalDateTime time) {
    set(date(time));
  }

  /** Sets the engine's clock to {@code time}. */
  public void set(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  /** The engine's time now. */
  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** The engine's time now in China time. */
  public LocalDateTime local() {
    return local(now());
  }

  /** Back to the real time (also done after each test). */
  public void reset() {
    ClockUtil.reset();
  }

  /** {@code time} in China time as a {@link Date}. */
  public static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  /** A {@link Date} as China time. */
  public static LocalDateTime local(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZONE);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    reset();
  }
}
