package cn.partyunion.workflow.shared.testkit;

import java.util.Properties;
import org.springframework.beans.factory.config.YamlProcessor.MatchStatus;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo users' password as the application defines it, once: {@code partyunion.demo.password} in
 * the {@code demo} profile of {@code application.yaml}. Read from that file so that tests logging
 * in as demo users never hold a second copy.
 */
public final class DemoPassword {

  /** The password of every demo user. */
  public static final String VALUE = read();

  private DemoPassword() {}

  private static String read() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    yaml.setDocumentMatchers(
        document ->
            "demo".equals(document.getProperty("spring.config.activate.on-profile"))
                ? MatchStatus.FOUND
                : MatchStatus.NOT_FOUND);
    Properties properties = yaml.getObject();
    String password =
        properties == null ? null : properties.getProperty("partyunion.demo.password");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "application.yaml defines no partyunion.demo.password in the demo profile");
    }
    return password;
  }
}
