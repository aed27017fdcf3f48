package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.validation.FormValues;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.KEY_FIGURES;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.MEETING_ID;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_DUE_AT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.REPORT_SUMMARY;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.engine.Actor;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the report task (DOMAIN §2.2): checks and stores the unit's report.
 * Reads {@code reportSummary} (required, at least {@code report-summary-min-length} = 50 and at
 * most 4000 characters) and {@code keyFigures} (optional, at most 2000). A report after
 * {@code reportDueAt} is stored as {@link ReportStatus#LATE}.
 *
 * @throws FormValidationException for a missing, too short or too long text (nothing is stored,
 *     the task stays open)
 */
@Component("storeReportListener")
public class StoreReportListener implements TaskListener {

  static final int SUMMARY_MAX = 4000;
  static final int KEY_FIGURES_MAX = 2000;
  private final ReviewMeetingMapper mapper;
  private final ReviewMeetingProperties properties;

  public StoreReportListener(ReviewMeetingMapper mapper, ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary = FormValues.requiredText(task.getVariable(REPORT_SUMMARY), "述职报告摘要",
        SUMMARY_MAX);
    int length = summary.codePointCount(0, summary.length());
    if (length < properties.reportSummaryMinLength()) {
      throw new FormValidationException("述职报告摘要不少于 " + properties.reportSummaryMinLength()
          + " 字（现有 " + length + " 字）。");
    }
    String keyFigures = FormValues.optionalText(task.getVariable(KEY_FIGURES), "主要数据",
        KEY_FIGURES_MAX);
    LocalDateTime now = EngineClock.now();
    LocalDateTime due = EngineClock.toLocal((Date) task.getVariable(REPORT_DUE_AT));
    ReportStatus status = now.isAfter(due) ? ReportStatus.LATE : ReportStatus.SUBMITTED;
    int stored = mapper.submitReport((Long) task.getVariable(MEETING_ID),
        (String) task.getVariable(UNIT_CODE), status, summary, keyFigures, Actor.of(task), now);
    if (stored != 1) {
      throw new FormValidationException("本单位的述职报告已登记，不能重复提交。");
    }
  }
}
