package cn.partyunion.workflow.shared.demo;

import java.util.Date;
import org.joda.time.DateTimeUtils;

/**
 * The demo history's clock: the engine reads its time from Joda-Time's {@link DateTimeUtils}
 * ({@code ClockUtil} sets a fixed JVM-wide time there, which would stamp every user's request with
 * a demo date). This provider moves only the loading thread's time; every other thread — the users'
 * requests while the history loads in the background — reads the system time.
 *
 * <p>Installed by {@link DemoHistory#load} for one part of the history and released afterwards; a
 * test that sets {@code ClockUtil} meanwhile would replace it (the tests load no history).
 */
final class DemoHistoryClock implements DateTimeUtils.MillisProvider {

  private static final DemoHistoryClock INSTANCE = new DemoHistoryClock();

  private final ThreadLocal<Long> moved = new ThreadLocal<>();

  private DemoHistoryClock() {}

  @Override
  public long getMillis() {
    Long millis = moved.get();
    return millis != null ? millis : System.currentTimeMillis();
  }

  /** Makes the engine read this clock: the system time, except on a moved thread. */
  static void install() {
    DateTimeUtils.setCurrentMillisProvider(INSTANCE);
  }

  /** Moves the calling thread's engine time to {@code time}; it stays there until moved again. */
  static void moveThisThreadTo(Date time) {
    INSTANCE.moved.set(time.getTime());
  }

  /** The calling thread's time is the system time again, and the engine reads the system clock. */
  static void release() {
    INSTANCE.moved.remove();
    DateTimeUtils.setCurrentMillisSystem();
  }
}
