package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.INSPECTOR_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.MENTOR_NAME;

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
 * last 4, as every form shows it), enterprise and park names, and the named mentor and inspector.
 * The business key of a case is its record number.
 */
@Component
class CandidateFormValues implements FormValueSource {

  private final CandidateMapper candidates;

  CandidateFormValues(CandidateMapper candidates) {
    this.candidates = candidates;
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
    values.put("parkName", c.parkName());
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
