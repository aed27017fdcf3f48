package cn.partyunion.workflow.shared;

import static cn.partyunion.workflow.shared.DeployedModels.BPMN;
import static cn.partyunion.workflow.shared.DeployedModels.CAMUNDA;
import static cn.partyunion.workflow.shared.DeployedModels.DMN;
import static cn.partyunion.workflow.shared.DeployedModels.where;
import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.shared.DeployedModels.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every name a model uses resolves in the application as deployed: delegate expressions name a
 * Spring bean of the kind the element calls, Java classes load, form references name a deployed
 * Camunda Form, decision references name a DMN decision, and bean methods called from expressions
 * ({@code ${directReportSchedule.reviewDue()}}) belong to a bean. A typo fails here, not when the
 * first case reaches the step.
 */
@WorkflowSpringTest
class ModelReferencesTest {

  private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern BEAN_METHOD =
      Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_][A-Za-z0-9_]*\\(");
  private static final Set<String> ACTIVITIES_CALLING_A_DELEGATE =
      Set.of("serviceTask", "sendTask", "businessRuleTask", "messageEventDefinition");

  @Autowired ApplicationContext context;

  @Test
  void delegateExpressionsNameSpringBeansOfTheKindTheElementCalls() {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    eachDelegate(
        "delegateExpression",
        (where, call) -> {
          checked.add(where);
          Matcher bean = BEAN.matcher(call.value());
          if (!bean.matches()) {
            problems.add(where + ": " + call.value() + " is not ${beanName}");
          } else if (!context.containsBean(bean.group(1))) {
            problems.add(where + ": no Spring bean " + bean.group(1));
          } else if (!call.kind().isInstance(context.getBean(bean.group(1)))) {
            problems.add(
                where + ": bean " + bean.group(1) + " is no " + call.kind().getSimpleName());
          }
        });
    assertThat(problems).isEmpty();
    assertThat(checked).hasSizeGreaterThan(30);
  }

  @Test
  void javaClassesLoadAndHaveTheKindTheElementCalls() {
    List<String> problems = new ArrayList<>();
    eachDelegate(
        "class",
        (where, call) -> {
          try {
            Class<?> type = Class.forName(call.value(), false, getClass().getClassLoader());
            if (!call.kind().isAssignableFrom(type)) {
              problems.add(where + ": " + call.value() + " is no " + call.kind().getSimpleName());
            }
          } catch (ClassNotFoundException e) {
            problems.add(where + ": no class " + call.value());
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void formRefsNameDeployedFormsAndEveryFormIsUsed() {
    Set<String> formIds = new TreeSet<>();
    DeployedModels.forms().values().forEach(form -> formIds.add(form.path("id").asText()));
    Set<String> used = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Model model : DeployedModels.bpmn()) {
      model.eachElement(
          element -> {
            String formRef = element.getAttributeNS(CAMUNDA, "formRef");
            if (formRef.isEmpty()) {
              return;
            }
            used.add(formRef);
            if (!formIds.contains(formRef)) {
              problems.add(where(model, element) + ": no form with id " + formRef + " in forms/");
            }
          });
    }
    assertThat(problems).isEmpty();
    assertThat(used).as("forms no model shows").containsExactlyInAnyOrderElementsOf(formIds);
  }

  @Test
  void decisionRefsNameDmnDecisions() {
    Set<String> decisions = new TreeSet<>();
    for (Model dmn : DeployedModels.dmn()) {
      dmn.elements(DMN, "decision").forEach(decision -> decisions.add(decision.getAttribute("id")));
    }
    List<String> problems = new ArrayList<>();
    int tasks = 0;
    for (Model model : DeployedModels.bpmn()) {
      for (Element task : model.elements(BPMN, "businessRuleTask")) {
        tasks++;
        String decisionRef = task.getAttributeNS(CAMUNDA, "decisionRef");
        if (!decisions.contains(decisionRef)) {
          problems.add(
              where(model, task) + ": no DMN decision '" + decisionRef + "' in bpmn/*.dmn");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(tasks).isPositive();
  }

  @Test
  void beanMethodsCalledFromExpressionsBelongToSpringBeans() {
    List<String> problems = new ArrayList<>();
    int calls = 0;
    for (Model model : DeployedModels.bpmn()) {
      List<String[]> expressions = new ArrayList<>();
      model.eachElement(
          element -> {
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
              expressions.add(
                  new String[] {
                    where(model, element), element.getAttributes().item(i).getNodeValue()
                  });
            }
            for (Node child = element.getFirstChild();
                child != null;
                child = child.getNextSibling()) {
              if (child.getNodeType() == Node.TEXT_NODE
                  || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                expressions.add(new String[] {where(model, element), child.getNodeValue()});
              }
            }
          });
      for (String[] expression : expressions) {
        Matcher call = BEAN_METHOD.matcher(expression[1]);
        while (call.find()) {
          calls++;
          if (!context.containsBean(call.group(1))) {
            problems.add(
                expression[0]
                    + ": "
                    + expression[1].trim()
                    + " calls "
                    + call.group(1)
                    + ", which is no Spring bean");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(calls).isPositive();
  }

  /** A delegate an element calls: the expression or class name and what it must implement. */
  private record Call(String value, Class<?> kind) {}

  /**
   * Each {@code camunda:<attribute>} of an activity or message event and each {@code <attribute>}
   * of a {@code camunda:executionListener} / {@code camunda:taskListener}.
   */
  private static void eachDelegate(String attribute, BiConsumer<String, Call> action) {
    Map<String, Class<?>> listeners =
        Map.of("executionListener", ExecutionListener.class, "taskListener", TaskListener.class);
    for (Model model : DeployedModels.bpmn()) {
      model.eachElement(
          element -> {
            String value;
            Class<?> kind;
            if (CAMUNDA.equals(element.getNamespaceURI())
                && listeners.containsKey(element.getLocalName())) {
              value = element.getAttribute(attribute);
              kind = listeners.get(element.getLocalName());
            } else if (BPMN.equals(element.getNamespaceURI())) {
              value = element.getAttributeNS(CAMUNDA, attribute);
              kind =
                  ACTIVITIES_CALLING_A_DELEGATE.contains(element.getLocalName())
                      ? JavaDelegate.class
                      : Object.class;
            } else {
              return;
            }
            if (!value.isEmpty()) {
              action.accept(
                  where(model, element) + " (" + element.getLocalName() + ")",
                  new Call(value, kind));
            }
          });
    }
  }
}
