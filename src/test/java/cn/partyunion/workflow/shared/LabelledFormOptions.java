package cn.partyunion.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.forms.FormField;
import cn.partyunion.workflow.shared.forms.FormSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Test kit: the deployed forms offer a {@link Labelled} enum's constants as option values and its
 * labels as option labels, so that the label a form shows and the one the application shows (API,
 * timeline, spreadsheet) cannot drift apart.
 */
public final class LabelledFormOptions {

  private LabelledFormOptions() {}

  /**
   * @param formIdPrefix the forms looked at, e.g. {@code directReport}
   * @param choices form field key → the enum whose constants the field offers, in order; every key
   *     must occur in at least one of those forms
   */
  public static void assertFormsOffer(
      String formIdPrefix, Map<String, Class<? extends Labelled>> choices) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    choices.keySet().forEach(key -> seen.put(key, 0));
    for (FormSchema form : forms()) {
      if (form.id() == null || !form.id().startsWith(formIdPrefix)) {
        continue;
      }
      choices.forEach(
          (key, type) -> {
            FormField field = form.field(key);
            if (field != null) {
              assertThat(field.options())
                  .as("options of %s in %s", key, form.id())
                  .containsExactlyEntriesOf(options(type));
              seen.merge(key, 1, Integer::sum);
            }
          });
    }
    assertThat(seen).as("forms %s* with each field", formIdPrefix).doesNotContainValue(0);
  }

  /** The enum's constants as form options: name → label, in declaration order. */
  static Map<String, String> options(Class<? extends Labelled> type) {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants())
        .forEach(constant -> options.put(((Enum<?>) constant).name(), constant.label()));
    return options;
  }

  private static List<FormSchema> forms() {
    try {
      List<FormSchema> forms = new ArrayList<>();
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          forms.add(FormSchema.parse(in, Integer.MAX_VALUE));
        }
      }
      assertThat(forms).as("forms on the classpath").isNotEmpty();
      return forms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
