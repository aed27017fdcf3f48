package cn.partyunion.workflow.shared.privacy;

import org.springframework.stereotype.Component;

/**
 * MyBatis type handler of an encrypted column: a parameter is stored as {@link
 * PersonalDataCipher#encrypt}, a result is read back as plain text. Named in the mapper XML ({@code
 * typeHandler=}); see {@link TransformedText} for why it replaces no {@code String} handler.
 *
 * @throws PersonalDataException on reading a value that does not decrypt
 */
@Component
public class EncryptedText extends TransformedText {

  private final PersonalDataCipher cipher;

  public EncryptedText(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  protected String toColumn(String value) {
    return cipher.encrypt(value);
  }

  @Override
  protected String fromColumn(String stored) {
    return cipher.decrypt(stored);
  }
}
