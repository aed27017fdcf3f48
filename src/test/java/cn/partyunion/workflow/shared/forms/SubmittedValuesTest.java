package cn.partyunion.workflow.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Boundary table of {@link SubmittedValues}, generated from every deployed form: each editable text
 * field at its limit, one over, in emoji, with control characters; each choice with every option
 * and a foreign one; each number at and beyond its bounds; each read-only field dropped; a variable
 * the form lacks refused.
 */
class SubmittedValuesTest {

  private static final String EMOJI = "\uD83D\uDE00";

  @TestFactory
  Stream<DynamicTest> everyEditableFieldIsHeldAtItsBoundaries() {
    List<DynamicTest> tests = new ArrayList<>();
    for (FormSchema form : DeployedForms.all()) {
      for (FormField field : form.fields()) {
        String name = form.id() + "." + field.key();
        if (!field.editable()) {
          tests.add(
              DynamicTest.dynamicTest(
                  name + " read-only: dropped",
                  () -> {
                    Map<String, Object> submitted = submission(field.key(), "篡改");
                    SubmittedValues.hold(form, submitted);
                    assertThat(submitted).doesNotContainKey(field.key());
                  }));
          continue;
        }
        switch (field.kind()) {
          case TEXT, MULTILINE_TEXT -> textBoundaries(tests, form, field, name);
          case CHOICE -> choiceBoundaries(tests, form, field, name);
          case CHOICES ->
              tests.add(
                  DynamicTest.dynamicTest(
                      name + " list",
                      () -> {
                        accepted(form, field, SpinValues.jsonValue("[]").create());
                        accepted(
                            form,
                            field,
                            SpinValues.jsonValue(
                                    "[\""
                                        + (field.options() == null // options loaded per task
                                            ? "ent01"
                                            : field.options().keySet().iterator().next())
                                        + "\"]")
                                .create());
                        refused(form, field, SpinValues.jsonValue("[1]").create());
                        refused(form, field, SpinValues.jsonValue("[\"a\\u0000\"]").create());
                        refused(form, field, SpinValues.jsonValue("{\"a\": 1}").create());
                        refused(form, field, SpinValues.jsonValue("[\"unclosed\"").create());
                        refused(form, field, "一段文字");
                      }));
          case NUMBER -> numberBoundaries(tests, form, field, name);
          case BOOLEAN ->
              tests.add(
                  DynamicTest.dynamicTest(
                      name + " boolean",
                      () -> {
                        accepted(form, field, true);
                        refused(form, field, "true");
                      }));
          case DATE ->
              tests.add(
                  DynamicTest.dynamicTest(
                      name + " date",
                      () -> {
                        accepted(form, field, "2024-02-29");
                        refused(form, field, "2023-02-29");
                        refused(form, field, "29.02.2024");
                        refused(form, field, 20240229);
                      }));
          case DATE_TIME ->
              tests.add(
                  DynamicTest.dynamicTest(
                      name + " date-time",
                      () -> {
                        accepted(form, field, "2024-02-29T09:00");
                        refused(form, field, "tomorrow");
                      }));
          default -> throw new AssertionError(field.kind());
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests.stream();
  }

  private static void textBoundaries(
      List<DynamicTest> tests, FormSchema form, FormField field, String name) {
    int limit = field.maxLength();
    tests.add(
        DynamicTest.dynamicTest(
            name + " text ≤ " + limit,
            () -> {
              assertThat(limit).isBetween(1, DeployedForms.MAX_TEXT);
              accepted(form, field, "字".repeat(limit));
              accepted(form, field, "\u4E00\u9FA5\u3400\uFA29".repeat(limit).substring(0, limit));
              refused(form, field, "字".repeat(limit + 1));
              refused(form, field, "字" + EMOJI);
              refused(form, field, "字\uD840\uDC00");
              refused(form, field, "a\u0000");
              refused(form, field, "a\u0007");
              refused(form, field, "a\u202Eb");
              refused(form, field, "a\uD800");
              refused(form, field, true);
              refused(form, field, 12);
              if (field.kind() == FormField.Kind.MULTILINE_TEXT) {
                accepted(form, field, "第一行\r\n第二行\t完");
              } else {
                refused(form, field, "第一行\n第二行");
              }
            }));
  }

  private static void choiceBoundaries(
      List<DynamicTest> tests, FormSchema form, FormField field, String name) {
    tests.add(
        DynamicTest.dynamicTest(
            name + " choice",
            () -> {
              assertThat(field.options()).as("static options").isNotEmpty();
              for (String option : field.options().keySet()) {
                accepted(form, field, option);
              }
              refused(form, field, "NOT_AN_OPTION");
              refused(form, field, SpinValues.jsonValue("[\"x\"]").create());
            }));
  }

  private static void numberBoundaries(
      List<DynamicTest> tests, FormSchema form, FormField field, String name) {
    tests.add(
        DynamicTest.dynamicTest(
            name + " number",
            () -> {
              if (field.min() != null) {
                accepted(form, field, field.min().intValue());
                refused(form, field, field.min().intValue() - 1);
              }
              if (field.max() != null) {
                accepted(form, field, field.max().intValue());
                refused(form, field, field.max().intValue() + 1);
              }
              if (field.integral()) {
                refused(form, field, (field.min() == null ? 0 : field.min()) + 0.5);
              }
              refused(form, field, "100");
              refused(form, field, Double.NaN);
            }));
  }

  @Test
  void aVariableTheFormLacksIsRefusedAndNamed() {
    FormSchema form = DeployedForms.all().get(0);
    Map<String, Object> submitted = submission("liaisonId", "ent01");
    assertThatThrownBy(() -> SubmittedValues.hold(form, submitted))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("liaisonId");
  }

  @Test
  void withoutAFormNoVariableIsAccepted() {
    assertThatThrownBy(() -> SubmittedValues.hold(null, submission("anything", "x")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("没有可填写的表单");
    assertThatCode(() -> SubmittedValues.hold(null, new HashMap<>())).doesNotThrowAnyException();
  }

  @Test
  void serializedObjectsAndFilesAreRefusedEverywhere() {
    FormSchema form =
        DeployedForms.all().stream()
            .filter(f -> f.field("candidateName") != null && f.field("candidateName").editable())
            .findFirst()
            .orElseThrow();
    FormField text = form.field("candidateName");
    refused(
        form,
        text,
        Variables.serializedObjectValue("rO0AB").objectTypeName("java.io.File").create());
    refused(form, text, Variables.fileValue("a.txt").file(new byte[] {1}).create());
    refused(form, text, Variables.byteArrayValue(new byte[] {1}));
  }

  private static Map<String, Object> submission(String key, Object value) {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put(key, value);
    return submitted;
  }

  private static void accepted(FormSchema form, FormField field, Object value) {
    assertThatCode(() -> SubmittedValues.hold(form, submission(field.key(), value)))
        .as(field.key() + " = " + value)
        .doesNotThrowAnyException();
  }

  private static void refused(FormSchema form, FormField field, Object value) {
    assertThatThrownBy(() -> SubmittedValues.hold(form, submission(field.key(), value)))
        .as(field.key() + " = " + value)
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining(field.label());
  }
}
