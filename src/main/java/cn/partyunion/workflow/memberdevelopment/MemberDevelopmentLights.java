package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.development.DevelopmentLights;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lights of the open statutory steps from {@code md_applicant.step_due_at}/{@code step_red_at}
 * (written by {@link StepDueListener}): one GROUP BY over {@code ix_md_applicant_step_due}.
 */
@Component
class MemberDevelopmentLights implements DevelopmentLights {

  private final DevelopmentMapper records;

  MemberDevelopmentLights(DevelopmentMapper records) {
    this.records = records;
  }

  @Override
  public List<EnterpriseLights> lights(LocalDateTime now, List<String> parks) {
    if (parks != null && parks.isEmpty()) {
      return List.of();
    }
    return records.lights(now, parks);
  }
}
