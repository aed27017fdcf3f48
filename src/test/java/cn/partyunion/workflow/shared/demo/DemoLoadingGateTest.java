package cn.partyunion.workflow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DemoLoadingGateTest {

  private final DemoLoadingGate gate = new DemoLoadingGate();

  @Test
  void answersEveryRequestWith503InChineseUntilTheDemoDataIsLoaded() throws Exception {
    MockHttpServletResponse page = pass(request("/workbench/", "text/html,*/*"));
    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getHeader("Retry-After")).isEqualTo("10");
    assertThat(page.getContentAsString()).contains("正在载入演示数据", "http-equiv=\"refresh\"");

    MockHttpServletResponse api = pass(request("/engine-rest/task", "application/json"));
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getContentType()).startsWith("application/json");
    assertThat(api.getContentAsString()).contains("\"error\":\"DEMO_DATA_LOADING\"", "请稍后");
  }

  @Test
  void letsEveryRequestThroughOnceOpen() throws Exception {
    gate.open();
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request("/api/direct-report/candidates", "application/json"), response, chain);
    assertThat(chain.getRequest()).isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse pass(MockHttpServletRequest request) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, chain);
    assertThat(chain.getRequest()).as("the request reached the application").isNull();
    return response;
  }

  private static MockHttpServletRequest request(String uri, String accept) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    request.addHeader("Accept", accept);
    return request;
  }
}
