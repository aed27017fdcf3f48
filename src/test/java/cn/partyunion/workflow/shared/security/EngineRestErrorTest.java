package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST APIs ({@code /engine-rest}, and {@code /camunda/api/engine} that Tasklist uses)
 * answer every error with {@code {"type", "message", "code"}}, a Chinese message and the right
 * status: an unknown task is 404 (not a 500 "task is null"), a malformed body 400 with a message
 * (not an empty one), engine messages naming Java classes are replaced, a 401 has a body; errors
 * that are the user's keep their precise message.
 */
@WorkflowSpringTest
class EngineRestErrorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  HttpApi rest;

  @BeforeEach
  void client() {
    rest = new HttpApi(port, "/engine-rest");
    // another test's wrong admin password leaves the engine's login delay on admin
    identityService.unlockUser("admin");
  }

  /** Asserts the error shape with a Chinese message free of Java detail; returns the body. */
  private static JsonNode assertChineseError(int status, String body, int expectedStatus)
      throws Exception {
    assertThat(status).as(body).isEqualTo(expectedStatus);
    JsonNode json = JSON.readTree(body);
    assertThat(json.has("type")).as(body).isTrue();
    assertThat(json.has("code")).as(body).isTrue();
    String message = json.path("message").asText();
    assertThat(message)
        .as(body)
        .matches("(?s).*\\p{IsHan}.*")
        .doesNotContain("java.")
        .doesNotContain("Exception")
        .doesNotContain("null")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("ENGINE-");
    return json;
  }

  private JsonNode assertChineseError(HttpApi.Response response, int expectedStatus)
      throws Exception {
    return assertChineseError(response.status(), response.body(), expectedStatus);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/task/no-such-task/submit-form",
        "/task/no-such-task/complete",
        "/task/no-such-task/claim"
      })
  void workOnAnUnknownTaskIs404(String path) throws Exception {
    JsonNode body =
        assertChineseError(
            rest.call("POST", "orgdept01", path, "{\"variables\":{},\"userId\":\"orgdept01\"}"),
            404);
    assertThat(body.path("message").asText()).contains("不存在");
  }

  @Test
  void aTaskCompletedByAColleagueMeanwhileIs409NotForbiddenNorNotFound() throws Exception {
    Task task = taskService.newTask();
    task.setName("他人已处理的任务");
    task.setAssignee("jycity01");
    taskService.saveTask(task);
    assertThat(rest.call("POST", "jycity01", "/task/" + task.getId() + "/complete", "{}").status())
        .isEqualTo(204);
    for (String path : List.of("/complete", "/submit-form", "/claim")) {
      JsonNode body =
          assertChineseError(
              rest.call(
                  "POST",
                  "jycity01",
                  "/task/" + task.getId() + path,
                  "{\"variables\":{},\"userId\":\"jycity01\"}"),
              409);
      assertThat(body.path("message").asText()).isEqualTo("该任务已由他人处理，请刷新列表");
    }
  }

  @Test
  void aMalformedBodyIs400WithAMessage() throws Exception {
    assertChineseError(
        rest.call(
            "POST",
            "jycity01",
            "/process-definition/key/chairStipend/submit-form",
            "{\"variables\":"),
        400);
    assertChineseError(rest.call("POST", "jycity01", "/task", "[not json"), 400);
  }

  @Test
  void aValueOfTheWrongTypeIs400WithoutJavaTypes() throws Exception {
    assertChineseError(
        rest.call(
            "POST",
            "jycity01",
            "/process-definition/key/chairStipend/submit-form",
            "{\"variables\":{\"quarter\":{\"value\":\"abc\",\"type\":\"Integer\"}}}"),
        400);
  }

  @Test
  void aMessageNobodyWaitsForIs400WithoutJavaClassNames() throws Exception {
    JsonNode body =
        assertChineseError(
            rest.call("POST", "admin", "/message", "{\"messageName\":\"noSuchMessage\"}"), 400);
    assertThat(body.path("message").asText()).contains("消息");
  }

  @Test
  void unknownPathsAndRecordsAre404() throws Exception {
    assertChineseError(rest.call("GET", "orgdept01", "/no-such-resource", null), 404);
    assertChineseError(rest.call("GET", "orgdept01", "/process-instance/no-such-id", null), 404);
    assertChineseError(rest.call("DELETE", "orgdept01", "/process-instance/no-such-id", null), 404);
  }

  @Test
  void anonymousCallersGet401WithABody() throws Exception {
    JsonNode body = assertChineseError(rest.call("GET", null, "/task", null), 401);
    assertThat(body.path("type").asText()).isEqualTo("AuthenticationException");
    assertThat(body.path("message").asText()).isEqualTo("请先登录（用户名和密码）。");
  }

  @Test
  void aUsersMistakeKeepsItsPreciseMessage() throws Exception {
    JsonNode body =
        assertChineseError(
            rest.call(
                "POST",
                "ent01",
                "/process-definition/key/directReport/submit-form",
                "{\"variables\":{}}"),
            400);
    assertThat(body.path("type").asText()).isEqualTo("FormValidationException");
    assertThat(body.path("message").asText()).startsWith("请更正以下内容：");
  }

  @Test
  void aMissingPermissionIs403InChinese() throws Exception {
    JsonNode body =
        assertChineseError(
            rest.call(
                "POST",
                "ent01",
                "/group/create",
                "{\"id\":\"probe403\",\"name\":\"越权测试\",\"type\":\"test\"}"),
            403);
    assertThat(body.path("type").asText()).isEqualTo("AuthorizationException");
  }

  @Test
  void tasklistsEngineApiAnswersTheSameWay() throws Exception {
    WebappSession session = WebappSession.login(port, "jycity01");
    WebappSession.Answer unknownTask =
        session.json(
            "POST",
            "/camunda/api/engine/engine/default/task/no-such-task/submit-form",
            "{\"variables\":{}}",
            "X-XSRF-TOKEN",
            session.csrfToken());
    assertChineseError(unknownTask.status(), unknownTask.body(), 404);
    WebappSession.Answer malformed =
        session.json(
            "POST",
            "/camunda/api/engine/engine/default/process-definition/key/chairStipend/submit-form",
            "{\"variables\":",
            "X-XSRF-TOKEN",
            session.csrfToken());
    assertChineseError(malformed.status(), malformed.body(), 400);
  }
}
