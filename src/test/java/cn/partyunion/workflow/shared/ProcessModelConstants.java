package cn.partyunion.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Test kit: holds a process's {@code …Model} constants class to its diagram. A constant whose value
 * looks like a BPMN id ({@code Task_LiaisonReview}, {@code Timer_NextCheck}) is an element id and
 * must name a flow element of the diagram; {@code PROCESS_KEY} must be the diagram's process id;
 * and every variable the diagram itself names (in {@code ${…}} expressions, input and output
 * parameters, result variables) must be one of the constants, so that renaming a variable in Java
 * only, or in the Modeler only, fails the build.
 */
public final class ProcessModelConstants {

  /** The shape of every element id in {@code bpmn/}: {@code <Type>_<Name>}. */
  private static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

  /** A name that is neither a property ({@code a.b}) nor a bean or method ({@code a.b()}). */
  private static final Pattern NAME =
      Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?![\\w(.]|\\s+[(.])");

  private static final Set<String> EL_WORDS =
      Set.of(
          "true",
          "false",
          "null",
          "empty",
          "not",
          "and",
          "or",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "instanceof");

  private ProcessModelConstants() {}

  /**
   * @param bpmnResource classpath resource of the diagram, e.g. {@code bpmn/directReport.bpmn}
   * @param model the class with {@code PROCESS_KEY} and the element ids of that diagram
   * @param variables the class with the diagram's variable names (often {@code model} itself)
   */
  public static void assertMatches(String bpmnResource, Class<?> model, Class<?> variables) {
    BpmnModelInstance diagram;
    try (InputStream in = open(bpmnResource)) {
      diagram = Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> constants = constants(model);
    assertThat(diagram.getModelElementsByType(Process.class))
        .extracting(Process::getId)
        .as("process key of %s", bpmnResource)
        .containsExactly(constants.get("PROCESS_KEY"));

    List<String> elementIds =
        constants.values().stream().filter(value -> ELEMENT_ID.matcher(value).matches()).toList();
    assertThat(elementIds).as("element ids in %s", model.getSimpleName()).isNotEmpty();
    assertThat(elementIds)
        .as(
            "element ids of %s that %s has no flow element for",
            model.getSimpleName(), bpmnResource)
        .filteredOn(id -> !(diagram.getModelElementById(id) instanceof FlowElement))
        .isEmpty();

    Set<String> known = new TreeSet<>(constants(variables).values());
    assertThat(variablesNamedBy(bpmnResource))
        .as("variables %s names that %s lacks", bpmnResource, variables.getSimpleName())
        .isSubsetOf(known);
  }

  /** The {@code public static final String} constants of {@code type}: field name → value. */
  static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  /**
   * Variables the diagram names: in expressions (not bean references of {@code delegateExpression},
   * not bean method calls), input/output parameter names and result variables; multi-instance
   * element variables are the diagram's own and left out.
   */
  static Set<String> variablesNamedBy(String bpmnResource) {
    org.w3c.dom.Document document;
    try (InputStream in = open(bpmnResource)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document = factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
    Set<String> named = new TreeSet<>();
    Set<String> elementVariables = new TreeSet<>();
    List<Element> elements = new ArrayList<>();
    collect(document.getDocumentElement(), elements);
    for (Element element : elements) {
      String localName = element.getLocalName();
      if (localName.equals("inputParameter") || localName.equals("outputParameter")) {
        named.add(element.getAttribute("name"));
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name =
            attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        switch (name) {
          case "delegateExpression" -> {}
          case "resultVariable" -> named.add(attribute.getValue());
          case "elementVariable" -> elementVariables.add(attribute.getValue());
          default -> namesIn(attribute.getValue(), named);
        }
      }
      NodeList children = element.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node child = children.item(i);
        short type = child.getNodeType();
        if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
          namesIn(child.getNodeValue(), named);
        }
      }
    }
    named.removeAll(elementVariables);
    return named;
  }

  private static void namesIn(String text, Set<String> names) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher name = NAME.matcher(QUOTED.matcher(expression.group(1)).replaceAll(" "));
      while (name.find()) {
        if (!EL_WORDS.contains(name.group(1))) {
          names.add(name.group(1));
        }
      }
    }
  }

  private static void collect(Element element, List<Element> into) {
    into.add(element);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collect(child, into);
      }
    }
  }

  private static InputStream open(String resource) {
    InputStream in = ProcessModelConstants.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new AssertionError("not on the classpath: " + resource);
    }
    return in;
  }
}
