package cn.partyunion.workflow.shared.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo profile's public test keys of personal data at rest, read from application.yaml (the one
 * place they are written), as command-line arguments: for an application started with the {@code
 * mysql} profile alone on a database that the demo profile filled.
 */
public final class DemoPrivacyKeys {

  private DemoPrivacyKeys() {}

  /**
   * {@code --partyunion.privacy.encryption-key=…} and {@code --partyunion.privacy.search-key=…}.
   */
  public static List<String> arguments() {
    PropertySource<?> demo = demoDocument();
    StandardEnvironment environment = new StandardEnvironment();
    return List.of("encryption-key", "search-key").stream()
        .map(
            name ->
                "--partyunion.privacy."
                    + name
                    + "="
                    + environment.resolvePlaceholders(
                        String.valueOf(demo.getProperty("partyunion.privacy." + name))))
        .toList();
  }

  private static PropertySource<?> demoDocument() {
    try {
      return new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml")).stream()
              .filter(
                  source ->
                      "demo"
                              .equals(
                                  String.valueOf(
                                      source.getProperty("spring.config.activate.on-profile")))
                          && source.containsProperty("partyunion.privacy.encryption-key"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no demo keys in application.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
