package cn.partyunion.workflow.shared.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies of the engine's REST API as Tasklist sends them: {@code {"variables": {name:
 * {"value": v}}}}, the REST API inferring each value's type.
 */
public final class RestForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestForms() {}

  /**
   * {@code {"variables": …}} of {@link #typed(Map)}: each value as {@code {"value": v}}, a value
   * that is a {@link Map} or {@link JsonNode} taken as the typed value itself (e.g. {@code
   * {"value": "[…]", "type": "Json"}}).
   */
  public static String body(Map<String, ?> variables) {
    return json(Map.of("variables", typed(variables)));
  }

  /** {@code {name: {"value": v}}}; a {@link Map} or {@link JsonNode} value is kept as it is. */
  public static Map<String, Object> typed(Map<String, ?> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach(
        (name, value) ->
            typed.put(
                name,
                value instanceof Map<?, ?> || value instanceof JsonNode
                    ? value
                    : Map.of("value", value)));
    return typed;
  }

  /** {@code {name: {"value": v, "type": type}}} for every variable. */
  public static Map<String, Object> typed(Map<String, ?> variables, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", type)));
    return typed;
  }

  /** {@code value} as JSON. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not writable as JSON: " + value, e);
    }
  }
}
