package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.APPROVED_DATE;
import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.EARLIEST_MATURE_DATE;
import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTOR_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.LIAISON_OPINION;
import static cn.partyunion.workflow.directreport.DirectReportModel.MENTOR_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.PARK_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.PARK_OPINION;

import cn.partyunion.workflow.shared.forms.FormValueSource;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The direct-report case's data for its task forms, read from {@code dr_candidate} and {@code
 * dr_pairing} when a form is opened (issue 12: the nomination lives in the application's tables,
 * not in engine variables): the nomination fields of DOMAIN §1 with the ID number masked (first 6 +
 * last 4, as every form shows it), enterprise and park names, the liaison's and the park's latest
 * opinion ({@code dr_review_record}: the comment, or 同意 for an approval without one), the day the
 * candidate entered the information database and the earliest day they may be found mature (the
 * rule {@link StoreMaturityDecisionDelegate} applies), and the named mentor and inspector. The
 * business key of a case is its record number. Instances started before these values left the
 * engine keep them as variables, which the form shows instead.
 */
@Component
class CandidateFormValues implements FormValueSource {

  private final CandidateMapper candidates;
  private final DirectReportProperties properties;

  CandidateFormValues(CandidateMapper candidates, DirectReportProperties properties) {
    this.candidates = candidates;
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return DirectReportModel.PROCESS_KEY;
  }

  /** The candidate's name is a column of Tasklist's list (DirectReportRoles' filters). */
  @Override
  public Set<String> storedFields() {
    return Set.of(CANDIDATE_NAME);
  }

  @Override
  public Map<String, String> values(String recordNo, Set<String> fields) {
    Map<String, String> values = new HashMap<>();
    if (recordNo == null) {
      return values;
    }
    CandidateRecord c = candidates.findRecord(recordNo);
    if (c == null) {
      return values;
    }
    values.put("recordNo", c.recordNo());
    values.put("enterpriseName", c.enterpriseName());
    values.put(PARK_NAME, c.parkName());
    values.put("candidateName", c.candidateName());
    values.put("gender", c.gender());
    values.put("ethnicity", c.ethnicity());
    values.put("birthDate", day(c.birthDate()));
    values.put("idNumber", c.idNumber() == null ? null : ResidentIdNumber.mask(c.idNumber()));
    values.put("phone", c.phone());
    values.put("education", c.education());
    values.put("jobTitle", c.jobTitle());
    values.put("skillLevel", c.skillLevel());
    values.put("talentCategory", c.talentCategory());
    values.put("politicalStatus", c.politicalStatus());
    values.put("applicationDate", day(c.applicationDate()));
    values.put("discoveryChannel", c.discoveryChannel());
    values.put("honors", c.honors());
    values.put("recommendationReason", c.recommendationReason());
    if (c.approvedAt() != null) {
      values.put(APPROVED_DATE, day(c.approvedAt().toLocalDate()));
      values.put(
          EARLIEST_MATURE_DATE,
          day(
              new Cultivation(properties.minimumCultivation())
                  .earliestMature(c.approvedAt())
                  .toLocalDate()));
    }
    if (fields.contains(LIAISON_OPINION) || fields.contains(PARK_OPINION)) {
      for (TimelineEntry step : candidates.findSteps(recordNo)) {
        String opinion = step.comment() != null ? step.comment() : ReviewDecision.APPROVE.label();
        if (ReviewStep.LIAISON_REVIEW.name().equals(step.step())) {
          values.put(LIAISON_OPINION, opinion); // oldest first: the latest review wins
        } else if (ReviewStep.PARK_REVIEW.name().equals(step.step())) {
          values.put(PARK_OPINION, opinion);
        }
      }
    }
    if (fields.contains(MENTOR_NAME) || fields.contains(INSPECTOR_NAME)) {
      for (PairingEntry pairing : candidates.findPairings(recordNo)) {
        values.put(
            "MENTOR".equals(pairing.role()) ? MENTOR_NAME : INSPECTOR_NAME, pairing.personName());
      }
    }
    values.keySet().retainAll(fields);
    return values;
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
