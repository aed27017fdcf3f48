package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One quarter of {@code GET /api/chair-stipend/quarters}, counted over the chairs the caller may
 * see (one SQL aggregate).
 *
 * @param status a {@link QuarterStatus} name
 * @param chairs lines on the quarter's roster
 * @param eligible lines still eligible (not ineligible, not without self-report, not failed)
 * @param ineligible {@code chairs - eligible}
 * @param assessed lines with an assessment (ASSESSED, FAILED, PAID)
 * @param awaitingSelfReport lines whose self-report is open
 * @param awaitingAssessment lines whose assessment is open
 * @param paid lines on the approved payment list
 * @param totalAmount yuan of the assessed and paid lines
 */
public record QuarterSummary(
    String quarter,
    String status,
    long chairs,
    long eligible,
    long ineligible,
    long assessed,
    long awaitingSelfReport,
    long awaitingAssessment,
    long paid,
    BigDecimal totalAmount) {

  /** The Chinese label of {@link #status()}. */
  @JsonProperty("statusLabel")
  public String statusLabel() {
    return Labelled.labelOf(status, QuarterStatus.class).orElse(status);
  }
}
