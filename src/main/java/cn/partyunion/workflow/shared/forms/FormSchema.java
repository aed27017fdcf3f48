package cn.partyunion.workflow.shared.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keyed fields of one Camunda Form (form-js JSON, schemaVersion 16), read from the deployed
 * form itself so that the server accepts exactly what the form lets a user edit.
 *
 * <p>Containers ({@code group}, {@code dynamiclist}, {@code iframe}…) are walked; display-only
 * components ({@code text}, {@code html}, {@code image}, {@code spacer}, {@code button}) have no
 * key and are skipped. A field is editable unless {@code readonly} or {@code disabled} is set to
 * anything but {@code false} (a FEEL expression counts as read-only: the server cannot evaluate
 * it).
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, FormField.Kind> KINDS =
      Map.of(
          "textfield", FormField.Kind.TEXT,
          "textarea", FormField.Kind.MULTILINE_TEXT,
          "radio", FormField.Kind.CHOICE,
          "select", FormField.Kind.CHOICE,
          "checklist", FormField.Kind.CHOICES,
          "taglist", FormField.Kind.CHOICES,
          "number", FormField.Kind.NUMBER,
          "checkbox", FormField.Kind.BOOLEAN,
          "datetime", FormField.Kind.DATE);

  private final String id;
  private final Map<String, FormField> fields;

  private FormSchema(String id, Map<String, FormField> fields) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Reads a form.
   *
   * @param form the {@code .form} file's JSON
   * @param defaultMaxLength characters allowed in a text field without {@code validate.maxLength}
   * @throws IllegalArgumentException when the content is not a form-js JSON document
   */
  public static FormSchema parse(InputStream form, int defaultMaxLength) {
    JsonNode root;
    try {
      root = JSON.readTree(form);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Camunda Form: " + e.getMessage(), e);
    }
    if (root == null || !root.path("components").isArray()) {
      throw new IllegalArgumentException("not a Camunda Form: no components");
    }
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), defaultMaxLength, fields);
    return new FormSchema(root.path("id").asText(null), fields);
  }

  private static void collect(
      JsonNode components, int defaultMaxLength, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      if (component.path("components").isArray()) {
        collect(component.path("components"), defaultMaxLength, fields);
      }
      FormField.Kind kind = kind(component);
      String key = component.path("key").asText(null);
      if (kind == null || key == null || key.isBlank()) {
        continue;
      }
      JsonNode validate = component.path("validate");
      boolean text =
          kind == FormField.Kind.TEXT
              || kind == FormField.Kind.MULTILINE_TEXT
              || kind == FormField.Kind.CHOICE
              || kind == FormField.Kind.CHOICES;
      int maxLength =
          !text
              ? 0
              : validate.path("maxLength").isNumber()
                  ? Math.min(validate.path("maxLength").asInt(), defaultMaxLength)
                  : defaultMaxLength;
      FormField field =
          new FormField(
              key,
              label(component, key),
              kind,
              !flagged(component.path("readonly")) && !flagged(component.path("disabled")),
              maxLength,
              number(validate.path("min")),
              number(validate.path("max")),
              component.path("decimalDigits").isNumber()
                  && component.path("decimalDigits").asInt() == 0,
              options(component),
              "true".equals(component.path("properties").path("listAllowed").asText()));
      // A key shown twice (read-only summary and editable field) is editable if either is.
      fields.merge(key, field, (a, b) -> a.editable() ? a : b);
    }
  }

  /**
   * The label a message names: the form's label (date fields: {@code dateLabel}) without a trailing
   * remark in full-width parentheses ("主要数据（选填）" → "主要数据").
   */
  private static String label(JsonNode component, String key) {
    String label = component.path("label").asText(component.path("dateLabel").asText(key));
    int remark = label.indexOf('（');
    return remark > 0 && label.endsWith("）") ? label.substring(0, remark) : label;
  }

  private static FormField.Kind kind(JsonNode component) {
    String type = component.path("type").asText("");
    if ("datetime".equals(type) && !"date".equals(component.path("subtype").asText("date"))) {
      return FormField.Kind.DATE_TIME;
    }
    return KINDS.get(type);
  }

  private static boolean flagged(JsonNode flag) {
    return !flag.isMissingNode() && !flag.isNull() && !(flag.isBoolean() && !flag.asBoolean());
  }

  private static Double number(JsonNode value) {
    return value.isNumber() ? value.asDouble() : null;
  }

  private static Map<String, String> options(JsonNode component) {
    JsonNode values = component.path("values");
    if (!values.isArray() || component.hasNonNull("valuesKey")) {
      return null;
    }
    Map<String, String> options = new LinkedHashMap<>();
    values.forEach(
        option ->
            options.put(
                option.path("value").asText(),
                option.path("label").asText(option.path("value").asText())));
    return Collections.unmodifiableMap(options);
  }

  /** The form's {@code id}. */
  public String id() {
    return id;
  }

  /** The field writing {@code key}, or {@code null} when the form has none. */
  public FormField field(String key) {
    return fields.get(key);
  }

  /** Every keyed field, in the form's order. */
  public Collection<FormField> fields() {
    return fields.values();
  }
}
