package cn.partyunion.workflow.shared.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.WorkflowSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WorkflowSpringTest
class AnonymousAccessTest {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/process-instance",
        "/engine-rest/user",
        "/engine-rest/history/task"
      })
  void engineRestRefusesAnonymousCallers(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/direct-report/candidates", "/api/anything"})
  void applicationApiRefusesAnonymousCallersWithChineseJson(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("UNAUTHENTICATED"))
        .andExpect(jsonPath("$.message").value("请先登录（用户名和密码）。"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/api/anything"})
  void wrongPasswordIsRefused(String path) throws Exception {
    mvc.perform(get(path).header("Authorization", "Basic YWRtaW46d3Jvbmc="))
        .andExpect(status().isUnauthorized());
  }
}
