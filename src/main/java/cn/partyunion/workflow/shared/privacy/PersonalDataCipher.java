package cn.partyunion.workflow.shared.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest (resident ID numbers, phone numbers) with SM4 in GCM mode (GB/T
 * 32907-2016, Bouncy Castle) and computes the keyed search hash of a value.
 *
 * <p>Stored form: {@code v<key version>:} ({@value #VERSION} for key version 1, {@link
 * PrivacyKeys}) followed by the Base64 (RFC 4648, padded) of a random 12-byte IV, the cipher text
 * and the 16-byte tag — so the same value encrypts differently each time, and a changed byte is
 * refused. An 18-character ID number takes 67 characters, an 11-digit phone 55; the columns hold
 * 255 (any 18 code points of UTF-8).
 *
 * <p>Search hash: lower-case hex of HMAC-SHA256 with the separate search key (64 characters); the
 * same value always gives the same hash, so equality searches and unique constraints work on it.
 */
@Component
public class PersonalDataCipher {

  /**
   * The prefix of the values of key version 1 (SM4/GCM, 12-byte IV, 128-bit tag); every key
   * version's prefix {@code v<1-9>:} is as long.
   */
  public static final String VERSION = "v1:";

  private static final java.util.regex.Pattern PREFIX =
      java.util.regex.Pattern.compile("v([1-9]):");

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String HMAC = "HmacSHA256";

  private final KeyParameter key;
  private final String prefix;
  private final java.util.Map<Integer, KeyParameter> keys = new java.util.HashMap<>();
  private final SecretKeySpec searchKey;
  private final SecureRandom random = new SecureRandom();

  public PersonalDataCipher(PrivacyKeys keys) {
    this.key = new KeyParameter(keys.encryptionKey());
    this.prefix = "v" + keys.version() + ":";
    this.keys.put(keys.version(), key);
    for (int older : keys.previousVersions()) {
      this.keys.put(older, new KeyParameter(keys.previousKey(older)));
    }
    this.searchKey = new SecretKeySpec(keys.searchKey(), HMAC);
  }

  /**
   * @param plain any text, or {@code null}
   * @return the stored form ({@code v<current key version>:<Base64>}), or {@code null} for {@code
   *     null}
   */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] input = plain.getBytes(StandardCharsets.UTF_8);
    GCMModeCipher gcm = gcm(key, true, iv);
    byte[] out = new byte[IV_BYTES + gcm.getOutputSize(input.length)];
    System.arraycopy(iv, 0, out, 0, IV_BYTES);
    int n = gcm.processBytes(input, 0, input.length, out, IV_BYTES);
    try {
      gcm.doFinal(out, IV_BYTES + n);
    } catch (InvalidCipherTextException impossible) {
      throw new IllegalStateException(impossible);
    }
    return prefix + Base64.getEncoder().encodeToString(out);
  }

  /**
   * @param stored a value {@link #encrypt} wrote, or {@code null}
   * @return the plain text, or {@code null} for {@code null}
   * @throws PersonalDataException when the value has no version prefix, its key version is not
   *     configured (current or previous), it is not Base64, was changed, or was encrypted with
   *     another key (GCM's tag does not match)
   */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    java.util.regex.Matcher version = PREFIX.matcher(stored);
    if (!version.lookingAt()) {
      throw new PersonalDataException("个人信息密文格式无法识别（缺少版本前缀）。");
    }
    KeyParameter versionKey = keys.get(Integer.parseInt(version.group(1)));
    if (versionKey == null) {
      throw new PersonalDataException("个人信息密文的密钥版本 v" + version.group(1) + " 未配置，无法解密。");
    }
    byte[] all;
    try {
      all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
    } catch (IllegalArgumentException notBase64) {
      throw new PersonalDataException("个人信息密文已损坏（不是有效的 Base64）。");
    }
    if (all.length < IV_BYTES + TAG_BITS / 8) {
      throw new PersonalDataException("个人信息密文已损坏（长度不足）。");
    }
    GCMModeCipher gcm = gcm(versionKey, false, Arrays.copyOf(all, IV_BYTES));
    byte[] out = new byte[gcm.getOutputSize(all.length - IV_BYTES)];
    int n = gcm.processBytes(all, IV_BYTES, all.length - IV_BYTES, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException | IllegalStateException tampered) {
      throw new PersonalDataException("个人信息密文校验失败（已被篡改或密钥不符）。");
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /**
   * @param plain the normalized value (e.g. an ID number with an upper-case {@code X}), or {@code
   *     null}
   * @return 64 lower-case hex characters of HMAC-SHA256 under the search key, or {@code null}
   */
  public String searchHash(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(searchKey);
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HMAC-SHA256 不可用", unavailable);
    }
  }

  /** Whether {@code value} is in a stored form this class writes (not plain text). */
  public static boolean isEncrypted(String value) {
    return value != null && PREFIX.matcher(value).lookingAt();
  }

  /** Whether {@code stored} was encrypted with the current key (else a rotation re-encrypts it). */
  public boolean isCurrent(String stored) {
    return stored != null && stored.startsWith(prefix);
  }

  private static GCMModeCipher gcm(KeyParameter key, boolean encrypt, byte[] iv) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(key, TAG_BITS, iv));
    return gcm;
  }
}
