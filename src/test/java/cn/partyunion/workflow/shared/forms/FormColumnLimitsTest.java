package cn.partyunion.workflow.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.privacy.PersonalDataCipher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every editable text a form accepts fits where it is stored: the form's {@code maxLength} is at
 * most the length of the column on the database this run uses (texts hold characters of the Basic
 * Multilingual Plane only, one UTF-16 unit and one MySQL character each); texts kept only as
 * process variables stay within the engine's 4,000-character variable column (at most {@value
 * DeployedForms#MAX_TEXT}).
 */
@WorkflowSpringTest
class FormColumnLimitsTest {

  /** Where each editable text of each form is stored; {@code null}: process variable only. */
  private static final Map<String, String> STORED_IN =
      Map.ofEntries(
          Map.entry("directReportNomination.candidateName", "dr_candidate.candidate_name"),
          Map.entry("directReportNomination.idNumber", "dr_candidate.id_number_cipher"),
          Map.entry("directReportNomination.phone", "dr_candidate.phone_cipher"),
          Map.entry("directReportNomination.jobTitle", "dr_candidate.job_title"),
          Map.entry("directReportNomination.honors", "dr_candidate.honors"),
          Map.entry(
              "directReportNomination.recommendationReason", "dr_candidate.recommendation_reason"),
          Map.entry("directReportResubmission.candidateName", "dr_candidate.candidate_name"),
          Map.entry("directReportResubmission.idNumber", "dr_candidate.id_number_cipher"),
          Map.entry("directReportResubmission.phone", "dr_candidate.phone_cipher"),
          Map.entry("directReportResubmission.jobTitle", "dr_candidate.job_title"),
          Map.entry("directReportResubmission.honors", "dr_candidate.honors"),
          Map.entry(
              "directReportResubmission.recommendationReason",
              "dr_candidate.recommendation_reason"),
          Map.entry("directReportLiaisonReview.comment", "dr_review_record.comment"),
          Map.entry("directReportParkReview.comment", "dr_review_record.comment"),
          Map.entry("directReportOrgDeptApproval.comment", "dr_review_record.comment"),
          Map.entry("directReportMaturityDecision.comment", "dr_review_record.comment"),
          Map.entry("directReportMentor.mentorName", "dr_pairing.person_name"),
          Map.entry("directReportMentor.mentorPhone", "dr_pairing.phone_cipher"),
          Map.entry("directReportInspector.inspectorName", "dr_pairing.person_name"),
          Map.entry("directReportInspector.inspectorPhone", "dr_pairing.phone_cipher"),
          Map.entry("directReportInspection.conduct", "dr_inspection.conduct"),
          Map.entry("directReportInspection.work", "dr_inspection.work"),
          Map.entry("directReportInspection.study", "dr_inspection.study"),
          Map.entry("chairStipendStart.quarter", "cs_quarter.quarter"),
          Map.entry("chairStipendSelfReport.dutiesSummary", "cs_roster.duties_summary"),
          Map.entry("chairStipendAssessment.comment", "cs_roster.assessment_comment"),
          Map.entry("reviewMeetingStart.deputySecretary", "rm_meeting.deputy_secretary_id"),
          Map.entry("reviewMeetingReport.reportSummary", "rm_report.report_summary"),
          Map.entry("reviewMeetingReport.keyFigures", "rm_report.key_figures"),
          Map.entry("reviewMeetingComment.comment", "rm_comment.comment_text"),
          Map.entry(
              "enterpriseDesignationRecommendation.designationReason", "ed_recommendation.reason"),
          Map.entry("memberDevelopmentRegistration.candidateName", "md_applicant.candidate_name"),
          Map.entry("memberDevelopmentTalk.talker", "md_talk.talker"),
          Map.entry("memberDevelopmentTalk.talkRecord", "md_talk.talk_record"),
          Map.entry("memberDevelopmentActivistFiling.comment", "md_filing.comment"),
          Map.entry(
              "memberDevelopmentActivistInspection.inspectionRecord",
              "md_inspection.inspection_record"),
          Map.entry("memberDevelopmentPoliticalReview.comment", "md_political_review.comment"),
          Map.entry("memberDevelopmentPreReview.comment", "md_approval.comment"),
          Map.entry("memberDevelopmentPublicity.comment", "md_publicity.comment"),
          Map.entry(
              "memberDevelopmentAdmissionApproval.committeeTalker", "md_approval.committee_talker"),
          Map.entry("memberDevelopmentAdmissionApproval.comment", "md_approval.comment"),
          Map.entry("memberDevelopmentOrgDeptFiling.comment", "md_filing.comment"),
          Map.entry("memberDevelopmentOath.partyGroup", "md_oath.party_group"),
          Map.entry(
              "memberDevelopmentProbationInspection.inspectionRecord",
              "md_inspection.inspection_record"),
          Map.entry("memberDevelopmentConversionApproval.comment", "md_conversion.comment"));

  /** Texts the process keeps as variables only (or splits before storing). */
  private static final List<String> VARIABLE_ONLY =
      List.of(
          "chairStipendQuarterApproval.comment",
          "reviewMeetingConfirm.recountReason",
          "reviewMeetingStart.raters",
          // names split at 、 into md_cultivation_contact / md_introducer rows of 30 characters
          "memberDevelopmentActivist.cultivationContacts",
          "memberDevelopmentDevelopmentTarget.introducers");

  @Autowired JdbcTemplate jdbc;

  @Test
  void everyEditableTextFitsItsColumnInCodePoints() {
    List<String> checked = new ArrayList<>();
    for (FormSchema form : DeployedForms.all()) {
      for (FormField field : form.fields()) {
        if (!field.editable()
            || field.kind() != FormField.Kind.TEXT
                && field.kind() != FormField.Kind.MULTILINE_TEXT) {
          continue;
        }
        String name = form.id() + "." + field.key();
        assertThat(field.maxLength()).as(name).isBetween(1, DeployedForms.MAX_TEXT);
        if (VARIABLE_ONLY.contains(name)) {
          checked.add(name);
          continue;
        }
        assertThat(STORED_IN).as("where is " + name + " stored?").containsKey(name);
        String[] column = STORED_IN.get(name).split("\\.");
        assertThat(stored(column[1], field.maxLength()))
            .as(name + " → " + STORED_IN.get(name))
            .isLessThanOrEqualTo(columnLength(column[0], column[1]));
        checked.add(name);
      }
    }
    assertThat(checked).hasSize(STORED_IN.size() + VARIABLE_ONLY.size());
  }

  /**
   * Characters a value of {@code maxLength} code points takes in {@code column}: itself, or in an
   * encrypted column ({@code *_cipher}, issue 16) the {@code v1:} Base64 of IV (12 bytes), UTF-8
   * text (at most 4 bytes a code point) and tag (16 bytes).
   */
  private static int stored(String column, int maxLength) {
    if (!column.endsWith("_cipher")) {
      return maxLength;
    }
    return PersonalDataCipher.VERSION.length() + 4 * ((12 + 4 * maxLength + 16 + 2) / 3);
  }

  private int columnLength(String table, String column) {
    return jdbc.queryForObject(
        "SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE LOWER(TABLE_NAME) = ? AND LOWER(COLUMN_NAME) = ?"
            + (h2() ? "" : " AND TABLE_SCHEMA = DATABASE()"),
        Integer.class,
        table,
        column);
  }

  private boolean h2() {
    return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
        .equals("H2");
  }
}
