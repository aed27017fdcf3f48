package cn.partyunion.workflow.enterprisedesignation;

import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.COMMITTEE;
import static cn.partyunion.workflow.enterprisedesignation.EnterpriseDesignationModel.ENTERPRISE_OPTIONS;

import cn.partyunion.workflow.enterprisedesignation.DesignationMapper.Committee;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Create listener of a committee's recommendation task: names the task after the committee
 * ("推荐直报企业：崇川经济开发区党工委") and gives it the task-local variable {@code enterpriseOptions} — the
 * committee's own registered enterprises that are above-scale, high-tech or specialized-and-new, as
 * the {@code [{label, value}]} JSON list the form's checklist shows.
 */
@Component("loadRecommendationChoicesListener")
public class LoadRecommendationChoicesListener implements TaskListener {

  private final DesignationMapper mapper;

  public LoadRecommendationChoicesListener(DesignationMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    Committee committee = mapper.findCommittee((String) task.getVariable(COMMITTEE));
    task.setName(task.getName() + "：" + committee.name());
    List<Map<String, String>> options = new ArrayList<>();
    for (RegisteredEnterprise enterprise :
        mapper.findEnterprisesOf(committee.kind(), committee.code())) {
      if (!enterprise.categories().isEmpty()) {
        options.add(
            Map.of(
                "label",
                enterprise.name() + "（" + String.join("、", enterprise.categories()) + "）",
                "value",
                enterprise.code()));
      }
    }
    task.setVariableLocal(ENTERPRISE_OPTIONS, Spin.JSON(options));
  }
}
