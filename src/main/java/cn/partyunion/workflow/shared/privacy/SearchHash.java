package cn.partyunion.workflow.shared.privacy;

import org.springframework.stereotype.Component;

/**
 * MyBatis type handler of a search-hash parameter: the plain value goes to the database as {@link
 * PersonalDataCipher#searchHash} (64 hex characters), for an insert or an equality search. Results
 * are read as stored. Named in the mapper XML ({@code typeHandler=}); see {@link TransformedText}
 * for why it replaces no {@code String} handler.
 */
@Component
public class SearchHash extends TransformedText {

  private final PersonalDataCipher cipher;

  public SearchHash(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  protected String toColumn(String value) {
    return cipher.searchHash(value);
  }

  @Override
  protected String fromColumn(String stored) {
    return stored;
  }
}
