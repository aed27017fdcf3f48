package cn.partyunion.workflow.shared.validation;

import cn.partyunion.workflow.shared.web.UserFacingError;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user's input broke a rule. Thrown inside the engine's transaction (start listeners, task
 * listeners, services), it rolls back everything and reaches the REST client as HTTP 400 with its
 * Chinese message ({@code UserFacingErrorFilter}), so Tasklist shows the message and the task stays
 * open.
 */
public class FormValidationException extends BadUserRequestException {

  public FormValidationException(String chineseMessage) {
    super(chineseMessage);
    UserFacingError.remember(400, "FormValidationException", chineseMessage);
  }
}
