package cn.partyunion.workflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The session and {@code XSRF-TOKEN} cookies are {@code Secure} outside the {@code demo} profile
 * (README "HTTPS"): application.yaml's base document sets {@code
 * partyunion.security.session-cookie-secure: true} and binds the container's and the webapps'
 * cookie flags to it, only the {@code demo} document turns it off, the {@code mysql} document
 * leaves it alone (so {@code mysql} alone is secure, {@code demo,mysql} is not); the session
 * time-out is bound the same way.
 */
class SecureCookieConfigurationTest {

  private static final String SECURE = "partyunion.security.session-cookie-secure";

  @Test
  void cookiesAreSecureOutsideTheDemoProfile() throws IOException {
    List<PropertySource<?>> documents =
        new YamlPropertySourceLoader()
            .load("application.yaml", new ClassPathResource("application.yaml"));
    PropertySource<?> base = documents.get(0);
    assertThat(base.getProperty(SECURE)).isEqualTo(true);
    assertThat(base.getProperty("server.servlet.session.cookie.secure"))
        .isEqualTo("${" + SECURE + "}");
    assertThat(base.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
        .isEqualTo("${" + SECURE + "}");
    assertThat(base.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie"))
        .isEqualTo("${" + SECURE + "}");
    assertThat(base.getProperty("server.servlet.session.timeout"))
        .isEqualTo("${partyunion.security.session-timeout}");
    assertThat(base.getProperty("partyunion.security.session-timeout")).isEqualTo("PT30M");
    assertThat(profile(documents, "demo").getProperty(SECURE)).isEqualTo(false);
    assertThat(profile(documents, "mysql").getProperty(SECURE)).isNull();
  }

  private static PropertySource<?> profile(List<PropertySource<?>> documents, String name) {
    return documents.stream()
        .filter(d -> name.equals(d.getProperty("spring.config.activate.on-profile")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document for profile " + name));
  }
}
