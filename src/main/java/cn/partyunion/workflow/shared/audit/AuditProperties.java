package cn.partyunion.workflow.shared.audit;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit trail's rule values ({@code partyunion.audit.*}, application.yaml).
 *
 * <p>{@code retention} (ISO-8601 days, default {@code P180D}): rows older than this are deleted by
 * {@link AuditRetention}; GB/T 22239-2019 8.1.4.3 c with the Cybersecurity Law Art. 21 ask for at
 * least six months, so a shorter value stops the start-up.
 */
@Component
public class AuditProperties {

  /** The shortest retention accepted: 180 days (网络安全法 第二十一条: 不少于六个月). */
  public static final Duration MINIMUM_RETENTION = Duration.ofDays(180);

  private final Duration retention;

  public AuditProperties(@Value("${partyunion.audit.retention:P180D}") Duration retention) {
    if (retention.compareTo(MINIMUM_RETENTION) < 0) {
      throw new IllegalStateException(
          "partyunion.audit.retention 不得短于 P180D（审计记录至少保存六个月），当前为 " + retention);
    }
    this.retention = retention;
  }

  /** How long rows are kept (at least 180 days). */
  public Duration retention() {
    return retention;
  }
}
