package cn.partyunion.workflow.shared.forms;

import cn.partyunion.workflow.shared.security.EngineCallers;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.web.UserFacingError;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a user write only what the form in front of them lets them edit (DOMAIN §4: values that
 * steer a process come from the server's own data, never from the client).
 *
 * <p>For every engine command a signed-in user who is not an administrator starts — through {@code
 * /engine-rest}, Tasklist's {@code /camunda/api/engine} or the application itself — and before the
 * command itself runs:
 *
 * <ul>
 *   <li>submitting a start form or a task form, starting a process with variables, completing or
 *       resolving a task with variables: the variables are held to the deployed Camunda Form of
 *       that start event or task ({@link SubmittedValues}); a chosen business key is refused (the
 *       application assigns record numbers);
 *   <li>setting, patching or removing variables directly, modifying, restarting or migrating
 *       instances, starting at chosen activities, correlating messages, sending signals, and
 *       throwing BPMN errors or escalations from a task: refused (403) — no form offers them.
 * </ul>
 *
 * Refusals are 400 or 403 with a Chinese message ({@link UserFacingError}); nothing is stored. The
 * engine's own nested commands, jobs and calls without an authenticated user pass. The refusals
 * that need no data come before the command's transaction begins ({@link Guard}); the form is
 * looked up and the values held to it at the start of the command's own engine context ({@link
 * Holder}), so that the task, its execution and the definition read there are the ones the command
 * then works with, not read a second time (issue 12).
 *
 * <p>For a process with a {@link FormValueSource} the accepted values go on as transient variables,
 * and a task form opened by anyone ({@code GetTaskFormVariablesCmd}) gets the fields that are no
 * engine variable from that source.
 */
@Component
public class FormSubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  static final String ADMIN_ONLY = "此操作只能由系统管理员执行。";
  static final String NO_BUSINESS_KEY = "请求被拒绝：记录号由系统生成，不能自行指定。";

  /** Commands no form offers: refused to every user but administrators. */
  private static final List<Class<?>> ADMIN_ONLY_COMMANDS =
      List.of(
          AbstractVariableCmd.class,
          AbstractPatchVariablesCmd.class,
          SetVariablesToProcessInstancesBatchCmd.class,
          ModifyProcessInstanceCmd.class,
          ModifyProcessInstanceAsyncCmd.class,
          ProcessInstanceModificationBatchCmd.class,
          StartProcessInstanceAtActivitiesCmd.class,
          RestartProcessInstancesCmd.class,
          RestartProcessInstancesBatchCmd.class,
          AbstractMigrationCmd.class,
          SetProcessDefinitionVersionCmd.class,
          CorrelateMessageCmd.class,
          CorrelateAllMessageCmd.class,
          CorrelateAllMessageBatchCmd.class,
          MessageEventReceivedCmd.class,
          SignalCmd.class,
          SignalEventReceivedCmd.class,
          HandleTaskBpmnErrorCmd.class,
          HandleTaskEscalationCmd.class);

  private final SubmissionFormLookup lookup;
  private final ObjectProvider<FormValueSource> sourceBeans;
  private volatile Map<String, FormValueSource> sources;

  public FormSubmissionGuardPlugin(
      @Value("${partyunion.forms.max-text-length:2000}") int maxTextLength,
      ObjectProvider<FormValueSource> sources) {
    this.lookup = new SubmissionFormLookup(maxTextLength);
    this.sourceBeans = sources;
  }

  /** The form value sources by process key (resolved once, after the engine is built). */
  private Map<String, FormValueSource> sources() {
    Map<String, FormValueSource> known = sources;
    if (known == null) {
      known = new HashMap<>();
      for (FormValueSource source : sourceBeans) {
        known.put(source.processKey(), source);
      }
      sources = Map.copyOf(known);
    }
    return known;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration));
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Holder());
  }

  /**
   * A submission the {@link Guard} let through: its values are held to the form of its start event
   * or task once the command's engine context is open.
   *
   * @param command the submitting command (the outermost one, compared by identity)
   * @param form finds the form in the command's context
   * @param variables the submitted values, made transient in place where the process stores them
   */
  private record Held(
      Command<?> command,
      Command<SubmissionFormLookup.Submission> form,
      Map<String, Object> variables) {}

  /**
   * The submission of the outermost command on this thread, between {@link Guard} and {@link
   * Holder}.
   */
  private final ThreadLocal<Held> held = new ThreadLocal<>();

  /** Before the command's transaction: refuses what no form offers, notes what a form must hold. */
  private final class Guard extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Held submission = EngineCallers.isNonAdministratorCall(configuration) ? check(command) : null;
      if (submission == null) {
        return next.execute(command);
      }
      Held outer = held.get();
      held.set(submission);
      try {
        return next.execute(command);
      } finally {
        if (outer == null) {
          held.remove();
        } else {
          held.set(outer);
        }
      }
    }

    /** Refuses what no form offers; the submission to hold, or {@code null}. */
    private Held check(Command<?> command) {
      if (command instanceof SubmitStartFormCmd start) {
        refuseBusinessKey(read(start, "businessKey"));
        return new Held(
            command,
            lookup.startForm(read(start, "processDefinitionId"), null),
            read(start, "variables"));
      } else if (command instanceof StartProcessInstanceCmd start) {
        ProcessInstantiationBuilderImpl builder = read(start, "instantiationBuilder");
        if (!builder.getModificationBuilder().getModificationOperations().isEmpty()) {
          refuse();
        }
        refuseBusinessKey(builder.getBusinessKey());
        return new Held(
            command,
            lookup.startForm(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
            builder.getVariables());
      } else if (command instanceof SubmitTaskFormCmd submit) {
        return new Held(
            command, lookup.taskForm(read(submit, "taskId")), read(submit, "properties"));
      } else if (command instanceof CompleteTaskCmd complete) {
        Map<String, Object> variables = read(complete, "variables");
        if (variables != null && !variables.isEmpty()) {
          return new Held(command, lookup.taskForm(read(complete, "taskId")), variables);
        }
      } else if (ADMIN_ONLY_COMMANDS.stream().anyMatch(type -> type.isInstance(command))) {
        refuse();
      }
      return null;
    }
  }

  /**
   * Inside the command's engine context, before the command runs: holds the noted submission to its
   * form; after a task form's variables are read, adds the fields that come from the process's
   * value source.
   */
  private final class Holder extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      Held submission = held.get();
      if (submission != null && submission.command() == command) {
        hold(submission.form().execute(context), submission.variables());
      }
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd get
          && result instanceof VariableMap variables
          && !sources().isEmpty()) {
        fill(context, get, variables);
      }
      return result;
    }

    private void hold(SubmissionFormLookup.Submission submission, Map<String, Object> variables) {
      SubmittedValues.hold(submission.form(), variables);
      FormValueSource source = sources().get(submission.processKey());
      if (variables != null && source != null) {
        SubmittedValues.makeTransient(variables, source.storedFields());
      }
    }

    /** Adds the form's fields that are no engine variable from the process's value source. */
    private void fill(CommandContext context, GetTaskFormVariablesCmd get, VariableMap variables) {
      Collection<String> requested = read(get, "formVariableNames");
      SubmissionFormLookup.Submission submission =
          lookup.taskForm(read(get, "resourceId")).execute(context);
      FormValueSource source = sources().get(submission.processKey());
      if (source == null || submission.form() == null) {
        return;
      }
      Set<String> wanted = new LinkedHashSet<>();
      for (FormField field : submission.form().fields()) {
        if (!variables.containsKey(field.key())
            && (requested == null || requested.contains(field.key()))) {
          wanted.add(field.key());
        }
      }
      if (wanted.isEmpty()) {
        return;
      }
      String businessKey = lookup.businessKey(submission.processInstanceId()).execute(context);
      source
          .values(businessKey, wanted)
          .forEach(
              (name, value) -> {
                if (wanted.contains(name)) {
                  variables.putValueTyped(name, Variables.stringValue(value));
                }
              });
    }
  }

  private static void refuseBusinessKey(String businessKey) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw new FormValidationException(NO_BUSINESS_KEY);
    }
  }

  private static void refuse() {
    UserFacingError.remember(403, "AuthorizationException", ADMIN_ONLY);
    throw new AuthorizationException(ADMIN_ONLY);
  }

  /** A field of an engine command (the commands keep their arguments in protected fields). */
  @SuppressWarnings("unchecked")
  private static <T> T read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + type.getName(), e);
      }
    }
    throw new IllegalStateException("no field " + name + " in " + command.getClass().getName());
  }
}
