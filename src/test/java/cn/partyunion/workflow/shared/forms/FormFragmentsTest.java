package cn.partyunion.workflow.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The parts that several forms repeat have one source, {@code forms/fragments/} (not deployed): the
 * nomination fields ({@code nomination-fields.json}, DOMAIN §1) and the 56 ethnic groups ({@code
 * ethnicities.json}). Every copy in {@code forms/*.form} must match its fragment; a change is made
 * in the fragment and then in each copy, and this test names every copy that differs.
 *
 * <p>An editable copy has exactly the fragment's properties; a read-only copy has {@code
 * "readonly": true} and the fragment's {@code validate} without {@code required}. A copy may add
 * only its own {@code id}, {@code layout} and {@code description} (help text).
 */
class FormFragmentsTest {

  private static final Path FORMS = Path.of("forms");
  private static final Path FRAGMENTS = FORMS.resolve("fragments");
  private static final Set<String> PER_COPY = Set.of("id", "layout", "description");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode nomination;
  private static JsonNode ethnicities;
  private static Map<String, JsonNode> forms;

  @BeforeAll
  static void read() throws IOException {
    nomination = JSON.readTree(FRAGMENTS.resolve("nomination-fields.json").toFile());
    ethnicities = JSON.readTree(FRAGMENTS.resolve("ethnicities.json").toFile()).path("values");
    forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    }
    assertThat(forms).as("forms in " + FORMS.toAbsolutePath()).isNotEmpty();
  }

  @Test
  void ethnicitiesAreTheFiftySixGroups() {
    Set<String> values = new HashSet<>();
    ethnicities.forEach(
        option -> {
          assertThat(option.path("label").asText())
              .as("label of " + option)
              .isEqualTo(option.path("value").asText());
          values.add(option.path("value").asText());
        });
    assertThat(values).hasSize(56).hasSize(ethnicities.size()).contains("汉族", "基诺族");
  }

  /** Mode of a form that holds editable copies of some of the block's fields only. */
  private static final String PART = "editable-part";

  @Test
  void formsListedInTheFragmentShowTheWholeBlockInItsOrder() {
    List<String> keys = new ArrayList<>();
    nomination.path("fields").forEach(field -> keys.add(field.path("key").asText()));
    List<String> problems = new ArrayList<>();
    nomination
        .path("forms")
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode form = forms.get(entry.getKey());
              if (entry.getValue().asText().equals(PART)) {
                return; // editable copies of some of the fields (member-development registration)
              }
              if (form == null) {
                problems.add(entry.getKey() + ": no such form in " + FORMS);
                return;
              }
              List<String> shown = new ArrayList<>();
              for (JsonNode component : keyed(form)) {
                if (keys.contains(component.path("key").asText())) {
                  shown.add(component.path("key").asText());
                }
              }
              if (!shown.equals(keys)) {
                problems.add(entry.getKey() + ": shows " + shown + ", the fragment has " + keys);
              }
            });
    assertThat(problems).as("nomination block (forms/fragments/nomination-fields.json)").isEmpty();
  }

  @Test
  void everyCopyOfANominationFieldMatchesTheFragment() {
    Map<String, JsonNode> fragment = new LinkedHashMap<>();
    nomination.path("fields").forEach(field -> fragment.put(field.path("key").asText(), field));
    List<String> problems = new ArrayList<>();
    int copies = 0;
    for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
      String mode = nomination.path("forms").path(form.getKey()).asText("readonly");
      for (JsonNode component : keyed(form.getValue())) {
        JsonNode source = fragment.get(component.path("key").asText());
        if (source == null) {
          continue;
        }
        copies++;
        compare(
            form.getKey() + "." + component.path("key").asText(),
            component,
            expected(source, mode.equals("editable") || mode.equals(PART)),
            problems);
      }
    }
    assertThat(problems).as("copies of forms/fragments/nomination-fields.json").isEmpty();
    // 2 editable and 3 read-only copies of the whole block, plus the name on other forms
    assertThat(copies).isGreaterThanOrEqualTo(5 * fragment.size());
  }

  @Test
  void everyEthnicityListIsTheFragment() {
    List<String> problems = new ArrayList<>();
    int lists = 0;
    for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
      for (JsonNode component : keyed(form.getValue())) {
        boolean offersEthnicities = false;
        for (JsonNode option : component.path("values")) {
          offersEthnicities |= option.path("value").asText().equals("汉族");
        }
        if (!offersEthnicities && !component.path("key").asText().equals("ethnicity")) {
          continue;
        }
        lists++;
        if (!ethnicities.equals(component.path("values"))) {
          problems.add(
              form.getKey()
                  + "."
                  + component.path("key").asText()
                  + ": values "
                  + difference(component.path("values"), ethnicities)
                  + " (ethnicities.json)");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(lists).isEqualTo(5);
  }

  /** The fragments are sources, not forms: no deployment resource pattern reaches them. */
  @Test
  void fragmentsAreNotDeployed() throws IOException {
    List<String> patterns = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
      for (Object document : new Yaml().loadAll(in)) {
        Object bpm = child(child(document, "camunda"), "bpm");
        if (child(bpm, "deployment-resource-pattern") instanceof List<?> list) {
          list.forEach(pattern -> patterns.add(pattern.toString()));
        }
      }
    }
    assertThat(patterns).contains("classpath*:forms/*.form");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<String> deployed = new TreeSet<>();
    for (String pattern : patterns) {
      for (Resource resource : resolver.getResources(pattern)) {
        deployed.add(resource.getURL().toString());
      }
    }
    assertThat(deployed)
        .isNotEmpty()
        .noneMatch(url -> url.contains("/fragments/") || url.endsWith(".json"));
    assertThat(getClass().getResource("/forms/fragments/nomination-fields.json"))
        .as("fragments are kept out of the application's jar")
        .isNull();
  }

  private static Object child(Object node, String name) {
    return node instanceof Map<?, ?> map ? map.get(name) : null;
  }

  /** What a copy must hold: the fragment's properties, read-only without {@code required}. */
  private JsonNode expected(JsonNode source, boolean editable) {
    ObjectNode expected = source.deepCopy();
    if (expected.has("valuesFrom")) {
      assertThat(expected.path("valuesFrom").asText()).isEqualTo("ethnicities.json");
      expected.remove("valuesFrom");
      expected.set("values", ethnicities);
    }
    if (!editable) {
      expected.put("readonly", true);
      if (expected.path("validate") instanceof ObjectNode validate) {
        validate.remove("required");
        if (validate.isEmpty()) {
          expected.remove("validate");
        }
      }
    }
    return expected;
  }

  private static void compare(
      String name, JsonNode copy, JsonNode expected, List<String> problems) {
    Set<String> properties = new TreeSet<>();
    copy.fieldNames().forEachRemaining(properties::add);
    expected.fieldNames().forEachRemaining(properties::add);
    for (String property : properties) {
      if (PER_COPY.contains(property) && !expected.has(property)) {
        continue;
      }
      JsonNode actual = copy.get(property);
      JsonNode wanted = expected.get(property);
      if (actual == null || !actual.equals(wanted)) {
        problems.add(name + ": " + property + " " + difference(actual, wanted));
      }
    }
  }

  /** How a copy's value differs; for option lists, the first option that differs. */
  static String difference(JsonNode actual, JsonNode wanted) {
    if (actual != null && wanted != null && actual.isArray() && wanted.isArray()) {
      for (int i = 0; i < Math.max(actual.size(), wanted.size()); i++) {
        if (!actual.path(i).equals(wanted.path(i))) {
          return "differ at option "
              + (i + 1)
              + ": "
              + abbreviate(actual.get(i))
              + ", the fragment has "
              + abbreviate(wanted.get(i));
        }
      }
    }
    return "is " + abbreviate(actual) + ", the fragment says " + abbreviate(wanted);
  }

  private static String abbreviate(JsonNode value) {
    String text = value == null ? "(absent)" : value.toString();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  /** Every component of a form that has a key, containers walked, in the form's order. */
  private static List<JsonNode> keyed(JsonNode form) {
    List<JsonNode> keyed = new ArrayList<>();
    collect(form.path("components"), keyed);
    return keyed;
  }

  private static void collect(JsonNode components, List<JsonNode> keyed) {
    for (Iterator<JsonNode> it = components.elements(); it.hasNext(); ) {
      JsonNode component = it.next();
      if (component.has("key")) {
        keyed.add(component);
      }
      collect(component.path("components"), keyed);
    }
  }
}
