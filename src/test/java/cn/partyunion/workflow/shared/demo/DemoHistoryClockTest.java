package cn.partyunion.workflow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo history's clock moves the engine time ({@link ClockUtil}) of the loading thread only:
 * another thread — a user's request while the history loads — reads the system time, and after the
 * release the loading thread does too.
 */
class DemoHistoryClockTest {

  private static final Date PAST = Date.from(Instant.parse("2025-06-01T01:30:00Z"));

  @AfterEach
  void release() {
    DemoHistoryClock.release();
  }

  @Test
  void onlyTheLoadingThreadSeesTheMovedTime() throws Exception {
    DemoHistoryClock.install();
    DemoHistoryClock.moveThisThreadTo(PAST);
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(PAST);
    Date elsewhere =
        CompletableFuture.supplyAsync(ClockUtil::getCurrentTime).get(10, TimeUnit.SECONDS);
    assertThat(Duration.between(elsewhere.toInstant(), Instant.now()).abs())
        .isLessThan(Duration.ofSeconds(5));
    assertThat(ClockUtil.getCurrentTime()).as("still moved").isEqualTo(PAST);
  }

  @Test
  void afterTheReleaseTheLoadingThreadReadsTheSystemTimeAgain() {
    DemoHistoryClock.install();
    DemoHistoryClock.moveThisThreadTo(PAST);
    DemoHistoryClock.release();
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }
}
