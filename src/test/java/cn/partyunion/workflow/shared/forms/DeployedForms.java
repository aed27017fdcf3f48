package cn.partyunion.workflow.shared.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Test kit: every Camunda Form the application deploys ({@code forms/*.form}), parsed. */
final class DeployedForms {

  /** The default of {@code partyunion.forms.max-text-length}. */
  static final int MAX_TEXT = 2000;

  private DeployedForms() {}

  static List<FormSchema> all() {
    try {
      List<FormSchema> forms = new ArrayList<>();
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          forms.add(FormSchema.parse(in, MAX_TEXT));
        }
      }
      if (forms.isEmpty()) {
        throw new AssertionError("no forms on the classpath");
      }
      return forms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
