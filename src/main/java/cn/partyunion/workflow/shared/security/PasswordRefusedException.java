package cn.partyunion.workflow.shared.security;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A password refused by the password policy ({@link PasswordPolicyPlugin}); the message is {@link
 * ApplicationPasswordPolicy#refusal} (Chinese, names every rule).
 */
public class PasswordRefusedException extends ProcessEngineException {

  PasswordRefusedException(String chineseMessage, Throwable cause) {
    super(chineseMessage, cause);
  }
}
