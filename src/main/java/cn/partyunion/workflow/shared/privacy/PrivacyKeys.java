package cn.partyunion.workflow.shared.privacy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two keys of personal data at rest ({@code partyunion.privacy.*}, application.yaml): {@code
 * encryption-key}, Base64 of 16 bytes (SM4 is a 128-bit cipher, GB/T 32907-2016), and {@code
 * search-key}, Base64 of at least 32 bytes (HMAC-SHA256 of the search columns). In production both
 * come from the environment ({@code PARTYUNION_PRIVACY_ENCRYPTION_KEY}, {@code
 * PARTYUNION_PRIVACY_SEARCH_KEY}); only the demo profile names fixed, public, test-only keys.
 *
 * <p>Key rotation ({@link PersonalDataRotation}): the encryption key has a version ({@code
 * encryption-key-version}, default 1, the {@code v<version>:} prefix of every value it encrypts);
 * {@code previous-encryption-keys} ({@code PARTYUNION_PRIVACY_PREVIOUS_ENCRYPTION_KEYS}, {@code
 * <version>:<Base64>} separated by commas) still decrypt the values of older versions, and {@code
 * previous-search-key} ({@code PARTYUNION_PRIVACY_PREVIOUS_SEARCH_KEY}) names the search key being
 * replaced. While either is set, the rotation re-encrypts and re-hashes every row at start.
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
  private final int version;
  private final Map<Integer, byte[]> previous;
  private final boolean searchKeyRotating;

  /** Version 1 of the encryption key, no previous keys. */
  public PrivacyKeys(String encryptionKey, String searchKey) {
    this(encryptionKey, 1, "", searchKey, "");
  }

  /**
   * @param version the encryption key's version, 1 to 9
   * @param previousEncryptionKeys {@code <version>:<Base64 of 16 bytes>} separated by commas, or
   *     empty
   * @param previousSearchKey the search key being replaced, or empty
   * @throws IllegalStateException for a key missing, not Base64 or of the wrong length, a version
   *     out of range or given twice, or a previous key equal to the current one
   */
  @Autowired
  public PrivacyKeys(
      @Value("${partyunion.privacy.encryption-key:}") String encryptionKey,
      @Value("${partyunion.privacy.encryption-key-version:1}") int version,
      @Value("${partyunion.privacy.previous-encryption-keys:}") String previousEncryptionKeys,
      @Value("${partyunion.privacy.search-key:}") String searchKey,
      @Value("${partyunion.privacy.previous-search-key:}") String previousSearchKey) {
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
    if (version < 1 || version > 9) {
      throw refused(
          "partyunion.privacy.encryption-key-version 应为 1 至 9 / must be 1 to 9: " + version);
    }
    this.version = version;
    Map<Integer, byte[]> older = new LinkedHashMap<>();
    for (String entry :
        previousEncryptionKeys == null ? new String[0] : previousEncryptionKeys.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.trim().split(":", 2);
      int olderVersion;
      try {
        olderVersion = Integer.parseInt(parts[0].trim());
      } catch (NumberFormatException notNumber) {
        throw refused(
            "partyunion.privacy.previous-encryption-keys 应为 <版本>:<Base64>，以逗号分隔 / must be <version>:<Base64>,…");
      }
      byte[] key =
          decode(
              "partyunion.privacy.previous-encryption-keys",
              "PARTYUNION_PRIVACY_PREVIOUS_ENCRYPTION_KEYS",
              parts.length > 1 ? parts[1] : "");
      if (olderVersion == version
          || olderVersion < 1
          || olderVersion > 9
          || older.containsKey(olderVersion)
          || key.length != ENCRYPTION_KEY_BYTES
          || Arrays.equals(key, this.encryptionKey)) {
        throw refused(
            "旧加密密钥 v"
                + olderVersion
                + " 无效：版本须为 1 至 9、不同于当前版本且不重复，密钥须为 16 字节且不同于当前密钥 / invalid previous key");
      }
      older.put(olderVersion, key);
    }
    this.previous = Collections.unmodifiableMap(older);
    this.searchKeyRotating = previousSearchKey != null && !previousSearchKey.isBlank();
  }

  /** The current encryption key's version ({@code v<version>:} of the values it encrypts). */
  int version() {
    return version;
  }

  /** A copy of the older encryption key of {@code olderVersion}, or null when not configured. */
  byte[] previousKey(int olderVersion) {
    byte[] key = previous.get(olderVersion);
    return key == null ? null : key.clone();
  }

  /** The versions of the older keys configured. */
  java.util.Set<Integer> previousVersions() {
    return previous.keySet();
  }

  /** Whether a rotation is configured: older encryption keys or a previous search key. */
  public boolean rotating() {
    return !previous.isEmpty() || searchKeyRotating;
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
