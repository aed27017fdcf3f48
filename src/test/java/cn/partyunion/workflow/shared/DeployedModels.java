package cn.partyunion.workflow.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Test kit: the models and forms the application deploys ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn},
 * {@code forms/*.form} on the classpath), read as plain XML and JSON.
 */
public final class DeployedModels {

  public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  public static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  public static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  public static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private DeployedModels() {}

  /** One deployed file: its name (e.g. {@code directReport.bpmn}) and its content. */
  public record Model(String file, Document xml) {

    /** Every element of the file with that namespace and local name, in document order. */
    public List<Element> elements(String namespace, String localName) {
      NodeList nodes = xml.getElementsByTagNameNS(namespace, localName);
      List<Element> elements = new ArrayList<>(nodes.getLength());
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    }

    /** Every element of the file, in document order. */
    public void eachElement(Consumer<Element> action) {
      walk(xml.getDocumentElement(), action);
    }

    private static void walk(Element element, Consumer<Element> action) {
      action.accept(element);
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          walk(childElement, action);
        }
      }
    }
  }

  public static List<Model> bpmn() {
    return xml("classpath*:bpmn/*.bpmn");
  }

  public static List<Model> dmn() {
    return xml("classpath*:bpmn/*.dmn");
  }

  /** The deployed Camunda Forms by file name ({@code chairStipendStart.form} → its JSON). */
  public static Map<String, JsonNode> forms() {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Resource resource : resources("classpath*:forms/*.form")) {
      try (InputStream in = resource.getInputStream()) {
        forms.put(resource.getFilename(), json.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return forms;
  }

  /** A flow element's readable name for messages: {@code directReport.bpmn#Task_ParkReview}. */
  public static String where(Model model, Element element) {
    Element owner = element;
    while (owner != null && owner.getAttribute("id").isEmpty()) {
      owner = owner.getParentNode() instanceof Element parent ? parent : null;
    }
    return model.file() + "#" + (owner == null ? element.getLocalName() : owner.getAttribute("id"));
  }

  private static List<Model> xml(String pattern) {
    List<Model> models = new ArrayList<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      for (Resource resource : resources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          models.add(new Model(resource.getFilename(), builder.parse(in)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
    if (models.isEmpty()) {
      throw new AssertionError("nothing on the classpath matches " + pattern);
    }
    return models;
  }

  private static Resource[] resources(String pattern) {
    try {
      return new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
