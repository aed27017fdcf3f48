package cn.partyunion.workflow.shared.privacy;

import java.util.Arrays;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two keys of personal data at rest ({@code partyunion.privacy.*}, application.yaml): {@code
 * encryption-key}, Base64 of 16 bytes (SM4 is a 128-bit cipher, GB/T 32907-2016), and {@code
 * search-key}, Base64 of at least 32 bytes (HMAC-SHA256 of the search columns). In production both
 * come from the environment ({@code PARTYUNION_PRIVACY_ENCRYPTION_KEY}, {@code
 * PARTYUNION_PRIVACY_SEARCH_KEY}); only the demo profile names fixed, public, test-only keys.
 *
 * @throws IllegalStateException at start-up when a key is missing, not Base64, of the wrong length,
 *     or both keys are the same: the application does not start without them (nothing could be
 *     stored or read)
 */
@Component
public class PrivacyKeys {

  /** Bytes of the SM4 key. */
  public static final int ENCRYPTION_KEY_BYTES = 16;

  /** Fewest bytes of the HMAC-SHA256 search key (the hash's own length). */
  public static final int MIN_SEARCH_KEY_BYTES = 32;

  private final byte[] encryptionKey;
  private final byte[] searchKey;

  public PrivacyKeys(
      @Value("${partyunion.privacy.encryption-key:}") String encryptionKey,
      @Value("${partyunion.privacy.search-key:}") String searchKey) {
    this.encryptionKey =
        decode(
            "partyunion.privacy.encryption-key",
            "PARTYUNION_PRIVACY_ENCRYPTION_KEY",
            encryptionKey);
    this.searchKey =
        decode("partyunion.privacy.search-key", "PARTYUNION_PRIVACY_SEARCH_KEY", searchKey);
    if (this.encryptionKey.length != ENCRYPTION_KEY_BYTES) {
      throw refused(
          "partyunion.privacy.encryption-key 应为 16 字节（SM4 密钥）的 Base64，当前为 "
              + this.encryptionKey.length
              + " 字节 / must be the Base64 of 16 bytes");
    }
    if (this.searchKey.length < MIN_SEARCH_KEY_BYTES) {
      throw refused(
          "partyunion.privacy.search-key 应为至少 32 字节的 Base64，当前为 "
              + this.searchKey.length
              + " 字节 / must be the Base64 of at least 32 bytes");
    }
    if (Arrays.equals(
        this.encryptionKey, Arrays.copyOf(this.searchKey, this.encryptionKey.length))) {
      throw refused("加密密钥与检索密钥不得相同 / the encryption key and the search key must differ");
    }
  }

  /** A copy of the 16-byte SM4 key. */
  byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  /** A copy of the HMAC-SHA256 key. */
  byte[] searchKey() {
    return searchKey.clone();
  }

  private static byte[] decode(String property, String variable, String value) {
    if (value == null || value.isBlank()) {
      throw refused(
          "未配置个人信息加密密钥 "
              + property
              + "（生产环境请设置环境变量 "
              + variable
              + "），应用拒绝启动 / "
              + property
              + " is not set (environment variable "
              + variable
              + "): the application does not start without it");
    }
    try {
      return Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException notBase64) {
      throw refused(property + " 不是有效的 Base64 / is not valid Base64");
    }
  }

  private static IllegalStateException refused(String message) {
    return new IllegalStateException(message);
  }

  @Override
  public String toString() {
    return "PrivacyKeys[****]";
  }
}
