package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form rules of {@link MeetingRecords}, without the database. */
class MeetingRecordsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"EXCELLENT, EXCELLENT", "' GOOD ', GOOD", "FAIR, FAIR", "POOR, POOR"})
  void aRatingIsOneOfTheGrades(String submitted, Grade grade) {
    assertThat(MeetingRecords.grade(submitted)).isEqualTo(grade);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"GREAT", "good", "''", "null"},
      nullValues = "null")
  void anyOtherRatingIsRefused(String submitted) {
    assertThatThrownBy(() -> MeetingRecords.grade(submitted))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("请选择评议等次：好、较好、一般或差。");
  }

  @Test
  void aSummaryNeedsTheMinimumOfCharactersCountedAsCodePoints() {
    assertThat(MeetingRecords.reportSummary("鼎".repeat(50), 50)).hasSize(50);
    assertThatThrownBy(() -> MeetingRecords.reportSummary("  " + "鼎".repeat(49) + " ", 50))
        .hasMessage("述职报告摘要不少于 50 字（现有 49 字）。");
    assertThatThrownBy(() -> MeetingRecords.reportSummary(" ", 50)).hasMessage("请填写述职报告摘要。");
    assertThatThrownBy(() -> MeetingRecords.reportSummary("鼎".repeat(4001), 50))
        .hasMessage("述职报告摘要不能超过 4000 个字。");
  }

  @Test
  void aReportIsLateOnlyAfterItsDueTime() {
    LocalDateTime due = LocalDateTime.of(2030, 12, 17, 9, 0);
    assertThat(MeetingRecords.statusAt(due.minusSeconds(1), due)).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(MeetingRecords.statusAt(due, due)).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(MeetingRecords.statusAt(due.plusSeconds(1), due)).isEqualTo(ReportStatus.LATE);
  }

  @ParameterizedTest(name = "confirmed {0}, reason {1} → {2}")
  @CsvSource(
      value = {
        "true, null, true",
        "'true', null, true",
        "false, 权重已更正, false",
        "'false', 权重已更正, false"
      },
      nullValues = "null")
  void aConfirmationIsADecisionAndARecountHasAReason(
      Object confirmed, String reason, boolean expected) {
    assertThat(MeetingRecords.confirmation(confirmed, reason)).isEqualTo(expected);
  }

  @Test
  void aConfirmationWithoutDecisionOrARecountWithoutReasonIsRefused() {
    assertThatThrownBy(() -> MeetingRecords.confirmation(null, null)).hasMessage("请选择是否确认评议结果。");
    assertThatThrownBy(() -> MeetingRecords.confirmation(false, " ")).hasMessage("请填写重新计分的原因。");
    assertThatThrownBy(() -> MeetingRecords.confirmation(false, "长".repeat(501)))
        .hasMessage("重新计分的原因不能超过 500 个字。");
  }
}
