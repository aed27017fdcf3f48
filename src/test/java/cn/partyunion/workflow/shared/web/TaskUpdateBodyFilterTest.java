package cn.partyunion.workflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.Nominations;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task with a Camunda Form can be saved with the body its GET gave, as Tasklist does (Camunda
 * 7.24 refuses that body with 400 for its {@code camundaFormRef}): an administrator sets a
 * follow-up date on a review; the liaison who clears the review's due date the same way is refused
 * in Chinese with 403 (no right to update tasks), not with a 400 about the form, and the date
 * stays.
 */
@WorkflowSpringTest
class TaskUpdateBodyFilterTest {

  private static final String LIAISON = "liaison08";
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void aTaskSentBackAsTasklistSendsItIsSavedAndTheDueDateGuardStillAnswers() throws Exception {
    Map<String, Object> variables = new HashMap<>(Nominations.valid());
    variables.put("enterpriseCode", "ent08");
    String pi =
        engine.getRuntimeService().startProcessInstanceByKey("directReport", variables).getId();
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    HttpApi rest = new HttpApi(port, "/engine-rest");
    String path = "/task/" + review.getId();
    ObjectNode task = (ObjectNode) json.readTree(rest.call("GET", LIAISON, path, null).body());
    assertThat(task.path("camundaFormRef").path("key").asText())
        .isEqualTo("directReportLiaisonReview");

    task.put("followUp", "2030-01-15T09:00:00.000+0800");
    var followUp = rest.call("PUT", "admin", path, task.toString());
    assertThat(followUp.status()).as(followUp.body()).isEqualTo(204);
    Task saved = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(saved.getFollowUpDate()).isNotNull();
    assertThat(saved.getDueDate()).isEqualTo(review.getDueDate());

    task.putNull("due");
    var clearDue = rest.call("PUT", LIAISON, path, task.toString());
    assertThat(clearDue.status()).as(clearDue.body()).isEqualTo(403);
    assertThat(json.readTree(clearDue.body()).path("message").asText()).isEqualTo("您没有执行此操作的权限。");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(review.getId())
                .singleResult()
                .getDueDate())
        .isEqualTo(review.getDueDate());
  }
}
