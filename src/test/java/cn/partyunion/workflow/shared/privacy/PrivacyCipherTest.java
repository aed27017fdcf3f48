package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SM4/GCM of personal data at rest and the keyed search hash ({@link PersonalDataCipher}). */
class PrivacyCipherTest {

  static final String KEY = "AAECAwQFBgcICQoLDA0ODw==";
  static final String SEARCH_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
  private static final String ID = "32060219900307009X";

  private final PersonalDataCipher cipher =
      new PersonalDataCipher(new PrivacyKeys(KEY, SEARCH_KEY));

  @Test
  void roundTripGivesTheValueBackAndTheStoredFormIsVersionedBase64() {
    String stored = cipher.encrypt(ID);
    assertThat(stored).startsWith("v1:").doesNotContain(ID).hasSize(67);
    assertThat(Base64.getDecoder().decode(stored.substring(3))).hasSize(12 + 18 + 16);
    assertThat(cipher.decrypt(stored)).isEqualTo(ID);
    assertThat(cipher.decrypt(cipher.encrypt("13912345678"))).isEqualTo("13912345678");
    assertThat(cipher.decrypt(cipher.encrypt("王建国 ✓"))).isEqualTo("王建国 ✓");
    assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
  }

  @Test
  void everyEncryptionHasItsOwnIv() {
    Set<String> stored = new HashSet<>();
    Set<String> ivs = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String s = cipher.encrypt(ID);
      stored.add(s);
      ivs.add(s.substring(3, 19)); // the first 12 bytes are the IV (16 Base64 characters)
    }
    assertThat(stored).hasSize(200);
    assertThat(ivs).hasSize(200);
  }

  @Test
  void aChangedByteAnywhereIsRefused() {
    byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(ID).substring(3));
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 0x01;
      String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);
      assertThatThrownBy(() -> cipher.decrypt(tampered))
          .as("byte " + i)
          .isInstanceOf(PersonalDataException.class)
          .hasMessageContaining("校验失败");
    }
  }

  @Test
  void aTruncatedOrForeignValueIsRefused() {
    String stored = cipher.encrypt(ID);
    assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, 20)))
        .isInstanceOf(PersonalDataException.class);
    assertThatThrownBy(() -> cipher.decrypt(ID))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("版本前缀");
    assertThatThrownBy(() -> cipher.decrypt("v1:not base64!"))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("Base64");
    assertThatThrownBy(() -> cipher.decrypt("v2:" + stored.substring(3)))
        .isInstanceOf(PersonalDataException.class);
  }

  @Test
  void anotherKeyCannotDecrypt() {
    PersonalDataCipher other =
        new PersonalDataCipher(new PrivacyKeys("DwAODQwLCgkIBwYFBAMCAQ==", SEARCH_KEY));
    assertThatThrownBy(() -> other.decrypt(cipher.encrypt(ID)))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("密钥不符");
  }

  @Test
  void theSearchHashIsStableKeyedAndNotTheValue() {
    String hash = cipher.searchHash(ID);
    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(cipher.searchHash(ID));
    assertThat(cipher.searchHash("320602199003070090")).isNotEqualTo(hash);
    PersonalDataCipher otherSearchKey =
        new PersonalDataCipher(
            new PrivacyKeys(KEY, "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8="));
    assertThat(otherSearchKey.searchHash(ID)).isNotEqualTo(hash);
    // the hash is not the encryption: another encryption key gives the same hash
    assertThat(
            new PersonalDataCipher(new PrivacyKeys("DwAODQwLCgkIBwYFBAMCAQ==", SEARCH_KEY))
                .searchHash(ID))
        .isEqualTo(hash);
    assertThat(cipher.searchHash(null)).isNull();
  }
}
