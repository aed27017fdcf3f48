package cn.partyunion.workflow.shared.privacy;

/**
 * A stored personal value could not be decrypted: changed in the database, written under another
 * key, or not in a known format. The message is Chinese; the request fails with 500 and nothing is
 * shown.
 */
public class PersonalDataException extends IllegalStateException {

  public PersonalDataException(String message) {
    super(message);
  }
}
