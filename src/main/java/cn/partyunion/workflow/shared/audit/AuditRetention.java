package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the audit rows older than the retention ({@link AuditProperties#retention()}, at least
 * 180 days), daily at {@code partyunion.audit.cleanup-cron} (default 03:30 in the application's
 * zone). It deletes nothing else; the MySQL trigger (V16_1_1) refuses any younger row. Several
 * nodes running it at once delete the same rows once.
 */
@Component
public class AuditRetention {

  private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
  private final AuditMapper mapper;
  private final AuditProperties properties;

  public AuditRetention(AuditMapper mapper, AuditProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  /**
   * Deletes the rows that occurred before now minus the retention.
   *
   * @return the rows deleted
   */
  @Scheduled(
      cron = "${partyunion.audit.cleanup-cron:0 30 3 * * *}",
      zone = "${partyunion.time-zone:Asia/Shanghai}")
  public int deleteExpired() {
    LocalDateTime cutoff = EngineClock.current().minus(properties.retention());
    int deleted = mapper.deleteOccurredBefore(cutoff);
    LOG.info("Audit trail: {} rows older than {} deleted", deleted, cutoff);
    return deleted;
  }
}
