package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys' start-up checks ({@link PrivacyKeys}): the application does not start without them. */
class PrivacyKeysTest {

  private static final String KEY = PrivacyCipherTest.KEY;
  private static final String SEARCH_KEY = PrivacyCipherTest.SEARCH_KEY;

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aMissingEncryptionKeyStopsTheStartInChineseAndEnglish(String missing) {
    assertThatThrownBy(() -> new PrivacyKeys(missing, SEARCH_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("未配置个人信息加密密钥 partyunion.privacy.encryption-key")
        .hasMessageContaining("PARTYUNION_PRIVACY_ENCRYPTION_KEY")
        .hasMessageContaining("does not start");
  }

  @Test
  void aMissingSearchKeyStopsTheStart() {
    assertThatThrownBy(() -> new PrivacyKeys(KEY, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("partyunion.privacy.search-key")
        .hasMessageContaining("PARTYUNION_PRIVACY_SEARCH_KEY");
  }

  @Test
  void keysOfTheWrongLengthOrNotBase64StopTheStart() {
    assertThatThrownBy(() -> new PrivacyKeys("AAECAwQFBgcICQoLDA0ODxAR", SEARCH_KEY))
        .hasMessageContaining("16 字节");
    assertThatThrownBy(() -> new PrivacyKeys(KEY, KEY)).hasMessageContaining("至少 32 字节");
    assertThatThrownBy(() -> new PrivacyKeys("密钥", SEARCH_KEY)).hasMessageContaining("Base64");
  }

  @Test
  void theSearchKeyMayNotRepeatTheEncryptionKey() {
    assertThatThrownBy(() -> new PrivacyKeys(KEY, "AAECAwQFBgcICQoLDA0ODwABAgMEBQYHCAkKCwwNDg8="))
        .hasMessageContaining("不得相同");
  }

  @Test
  void theKeysAreNeverPrinted() {
    assertThat(new PrivacyKeys(KEY, SEARCH_KEY).toString())
        .doesNotContain(KEY)
        .isEqualTo("PrivacyKeys[****]");
  }
}
