package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A user's form input broke a rule of the review meeting (thrown from the start listener and the
 * tasks' complete listeners): the engine's transaction rolls back, nothing is stored, the task
 * stays open.
 *
 * <p>Why not {@code shared.validation.FormValidationException}: the engine REST API's two
 * {@code submit-form} endpoints (Camunda 7.24 {@code TaskResourceImpl.submit},
 * {@code ProcessDefinitionResourceImpl.submitForm}) answer every {@code ProcessEngineException},
 * including {@code BadUserRequestException}, with HTTP 500, and only a
 * {@link FormFieldValidationException} with 400. With this type Tasklist gets 400 and the message
 * "Cannot submit task form …: &lt;中文说明&gt;".
 */
public class FormRejectedException extends FormFieldValidationException {

  public FormRejectedException(String chineseMessage) {
    super("reviewMeeting", chineseMessage);
  }
}
