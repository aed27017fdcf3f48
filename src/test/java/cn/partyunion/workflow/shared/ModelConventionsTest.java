package cn.partyunion.workflow.shared;

import static cn.partyunion.workflow.shared.DeployedModels.BPMN;
import static cn.partyunion.workflow.shared.DeployedModels.BPMN_DI;
import static cn.partyunion.workflow.shared.DeployedModels.CAMUNDA;
import static cn.partyunion.workflow.shared.DeployedModels.CAMUNDA_DMN;
import static cn.partyunion.workflow.shared.DeployedModels.DC;
import static cn.partyunion.workflow.shared.DeployedModels.DMN;
import static cn.partyunion.workflow.shared.DeployedModels.where;
import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.shared.DeployedModels.Model;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The conventions of the models and forms (README "Models and forms"): a version tag on every
 * process and decision, decision gateways that ask a question, unnamed merge gateways, forms named
 * like their camelCase id and bound per deployment, lanes that hold every step of the direct report
 * where the diagram draws it, and task outcomes stored by the service task that follows each user
 * task, never by a task listener.
 */
class ModelConventionsTest {

  private static final Set<String> FLOW_NODES =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "task",
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "scriptTask",
          "businessRuleTask",
          "manualTask",
          "callActivity",
          "subProcess",
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway");

  @Test
  void everyProcessAndDecisionCarriesAVersionTag() {
    List<String> missing = new ArrayList<>();
    int tagged = 0;
    for (Model model : DeployedModels.bpmn()) {
      for (Element process : model.elements(BPMN, "process")) {
        tagged++;
        if (process.getAttributeNS(CAMUNDA, "versionTag").isBlank()) {
          missing.add(where(model, process));
        }
      }
    }
    for (Model model : DeployedModels.dmn()) {
      for (Element decision : model.elements(DMN, "decision")) {
        tagged++;
        if (decision.getAttributeNS(CAMUNDA_DMN, "versionTag").isBlank()) {
          missing.add(where(model, decision));
        }
      }
    }
    assertThat(missing).as("without camunda:versionTag").isEmpty();
    assertThat(tagged).isGreaterThanOrEqualTo(8);
  }

  @Test
  void decisionGatewaysAskAQuestionAndMergeGatewaysAreUnnamed() {
    List<String> problems = new ArrayList<>();
    for (Model model : DeployedModels.bpmn()) {
      model.eachElement(
          gateway -> {
            if (!BPMN.equals(gateway.getNamespaceURI())
                || !gateway.getLocalName().endsWith("Gateway")) {
              return;
            }
            int incoming = children(gateway, "incoming").size();
            int outgoing = children(gateway, "outgoing").size();
            String name = gateway.getAttribute("name").strip();
            boolean decides = outgoing > 1 && !gateway.getLocalName().equals("parallelGateway");
            if (decides && !(name.endsWith("？") || name.endsWith("?"))) {
              problems.add(
                  where(model, gateway)
                      + " decides: its name should ask the question (是否……？), is '"
                      + name
                      + "'");
            }
            if (incoming > 1 && outgoing == 1 && !name.isEmpty()) {
              problems.add(
                  where(model, gateway) + " merges: it should have no name, has '" + name + "'");
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void formsAreNamedLikeTheirCamelCaseIdAndBoundPerDeployment() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> form : DeployedModels.forms().entrySet()) {
      String id = form.getValue().path("id").asText();
      if (!form.getKey().equals(id + ".form") || !id.matches("[a-z][A-Za-z0-9]*")) {
        problems.add(form.getKey() + ": id '" + id + "' (file and id: the same camelCase name)");
      }
    }
    for (Model model : DeployedModels.bpmn()) {
      model.eachElement(
          element -> {
            if (!element.getAttributeNS(CAMUNDA, "formRef").isEmpty()
                && !"deployment".equals(element.getAttributeNS(CAMUNDA, "formRefBinding"))) {
              problems.add(where(model, element) + ": camunda:formRefBinding should be deployment");
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void directReportHasALaneForEachRoleAndEveryStepIsDrawnInsideItsLane() {
    Model model =
        DeployedModels.bpmn().stream()
            .filter(m -> m.file().equals("directReport.bpmn"))
            .findFirst()
            .orElseThrow();
    Element process = model.elements(BPMN, "process").get(0);
    List<String> laneNames = new ArrayList<>();
    Map<String, String> laneOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Element lane : model.elements(BPMN, "lane")) {
      laneNames.add(lane.getAttribute("name"));
      for (Element ref : children(lane, "flowNodeRef")) {
        String previous = laneOf.put(ref.getTextContent().strip(), lane.getAttribute("id"));
        if (previous != null) {
          problems.add(
              ref.getTextContent() + " is in " + previous + " and " + lane.getAttribute("id"));
        }
      }
    }
    assertThat(laneNames).containsExactly("直报企业", "特约培养联系人", "开发园区党工委", "区委组织部");

    Map<String, double[]> bounds = new HashMap<>();
    for (Element shape : model.elements(BPMN_DI, "BPMNShape")) {
      Element box = children(shape, DC, "Bounds").get(0);
      bounds.put(
          shape.getAttribute("bpmnElement"),
          new double[] {
            Double.parseDouble(box.getAttribute("x")),
            Double.parseDouble(box.getAttribute("y")),
            Double.parseDouble(box.getAttribute("width")),
            Double.parseDouble(box.getAttribute("height"))
          });
    }
    List<String> nodes = new ArrayList<>();
    for (Node child = process.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && BPMN.equals(element.getNamespaceURI())
          && FLOW_NODES.contains(element.getLocalName())) {
        nodes.add(element.getAttribute("id"));
      }
    }
    for (String node : nodes) {
      String lane = laneOf.get(node);
      if (lane == null) {
        problems.add(node + " is in no lane");
      } else if (!bounds.containsKey(node) || !inside(bounds.get(node), bounds.get(lane))) {
        problems.add(node + " is not drawn inside " + lane);
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (overlap(bounds.get(nodes.get(i)), bounds.get(nodes.get(j)))) {
          problems.add(nodes.get(i) + " and " + nodes.get(j) + " overlap");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(laneOf.keySet()).containsExactlyInAnyOrderElementsOf(nodes);
  }

  /**
   * README "Where outcomes are stored": every user task leaves by one flow into a service task that
   * calls a delegate (the diagram shows every write), and task listeners in the models only prepare
   * a task ({@code create}, {@code assignment}).
   */
  @Test
  void everyUserTaskIsFollowedByTheServiceTaskThatStoresItsOutcome() {
    List<String> problems = new ArrayList<>();
    int userTasks = 0;
    for (Model model : DeployedModels.bpmn()) {
      Map<String, Element> byId = new HashMap<>();
      model.eachElement(
          element -> {
            if (BPMN.equals(element.getNamespaceURI()) && !element.getAttribute("id").isEmpty()) {
              byId.put(element.getAttribute("id"), element);
            }
          });
      for (Element task : model.elements(BPMN, "userTask")) {
        userTasks++;
        List<Element> outgoing = children(task, "outgoing");
        Element next =
            outgoing.size() != 1
                ? null
                : byId.get(
                    byId.get(outgoing.get(0).getTextContent().strip()).getAttribute("targetRef"));
        if (next == null
            || !next.getLocalName().equals("serviceTask")
            || next.getAttributeNS(CAMUNDA, "delegateExpression").isEmpty()) {
          problems.add(where(model, task) + " is not followed by one service task with a delegate");
        }
      }
      for (Element listener : model.elements(CAMUNDA, "taskListener")) {
        String event = listener.getAttribute("event");
        if (!event.equals("create") && !event.equals("assignment")) {
          problems.add(
              where(model, listener)
                  + ": a task listener on '"
                  + event
                  + "' (store outcomes in the service task after)");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(userTasks).isGreaterThanOrEqualTo(15);
  }

  private static boolean inside(double[] inner, double[] outer) {
    return inner[0] >= outer[0]
        && inner[1] >= outer[1]
        && inner[0] + inner[2] <= outer[0] + outer[2]
        && inner[1] + inner[3] <= outer[1] + outer[3];
  }

  private static boolean overlap(double[] a, double[] b) {
    return a != null
        && b != null
        && a[0] < b[0] + b[2]
        && b[0] < a[0] + a[2]
        && a[1] < b[1] + b[3]
        && b[1] < a[1] + a[3];
  }

  private static List<Element> children(Element parent, String localName) {
    return children(parent, BPMN, localName);
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        children.add(element);
      }
    }
    return children;
  }
}
