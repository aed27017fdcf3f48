package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masked forms ({@link Masking}): DOMAIN §1 for ID numbers, 3 + 4 digits for phones. */
class PrivacyMaskingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "32060219900307009X, 320602********009X",
        "110101199003071234, 110101********1234",
        "1234, ****",
        "'', ''",
        "NULL, NULL"
      })
  void idNumbers(String idNumber, String masked) {
    assertThat(Masking.idNumber(idNumber)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "13812345678, 138****5678",
        "19900001111, 199****1111",
        "138****5678, 138****5678",
        "0513123, *******",
        "NULL, NULL"
      })
  void phones(String phone, String masked) {
    assertThat(Masking.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "李红（13800001111）| 李红（138****1111）",
        "电话 13800001111 或 13900002222 | 电话 138****1111 或 139****2222",
        "工号 213800001111 | 工号 213800001111",
        "记录号 ZB2026000123 | 记录号 ZB2026000123",
        "NULL | NULL"
      })
  void phonesInText(String text, String masked) {
    assertThat(Masking.phonesIn(text)).isEqualTo(masked);
  }
}
