package cn.partyunion.workflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WebappSession;
import cn.partyunion.workflow.WorkflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page the webapps refuse is answered, over real HTTP, with a Chinese error page: an
 * organization-department user who opens Cockpit (administrators only) gets 403 and 无权访问, not
 * Spring's English "Whitelabel Error Page".
 */
@WorkflowSpringTest
class ErrorPageTest {

  @LocalServerPort int port;

  @Test
  void aUserWithoutCockpitAccessGetsAChinesePage() {
    WebappSession session = WebappSession.login(port, "orgdept01");
    WebappSession.Answer cockpit =
        session.send(
            "GET",
            "/camunda/app/cockpit/default/",
            null,
            null,
            "Accept",
            "text/html,application/xhtml+xml");
    assertThat(cockpit.status()).isEqualTo(403);
    assertThat(cockpit.body())
        .contains("无权访问", "返回产改工作台")
        .doesNotContain("Whitelabel", "Forbidden", "Exception");
  }
}
