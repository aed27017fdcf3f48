package cn.partyunion.workflow.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 32100-2015 unified social credit codes: length, code set, check character. */
class CreditCodeTest {

  /**
   * Published codes of real enterprises, the standard's own example, and the two ends of the check
   * range: value 0 (sum mod 31 = 0, written {@code 0}, not 31) and value 30 ({@code Y}).
   */
  @ParameterizedTest(name = "{0} is valid (check {1})")
  @CsvSource({
    "91110108551385082Q, Q", // 小米科技有限责任公司
    "914403001922038216, 6", // 华为技术有限公司
    "9144030071526726XG, G", // 腾讯科技（深圳）有限公司
    "91330100799655058B, B", // 阿里巴巴（中国）有限公司
    "91350100M000100Y43, 3", // GB 32100-2015's example
    "9132060200010472K0, 0", // check value 31 → 0
    "9132060200010472XY, Y" // check value 30, the last of the code set
  })
  void acceptsValidCodes(String code, char check) {
    assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(check);
    assertThat(CreditCode.problem(code)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "91110108551385082A | 校验码错误（第18位应为 Q，实际为 A）",
        "914403001922038217 | 校验码错误（第18位应为 6，实际为 7）",
        "9132060200010472K1 | 校验码错误（第18位应为 0，实际为 1）",
        "9132060200010472XA | 校验码错误（第18位应为 Y，实际为 A）",
        "91110108551385082 | 应为18位（当前17位）",
        "91110108551385082QQ | 应为18位（当前19位）",
        "91110108551385082O | 含有无效字符",
        "9111010855138508IQ | 含有无效字符",
        "911A0108551385082Q | 含有无效字符",
        "9111010855138508SQ | 含有无效字符",
        "9111010855138508ZQ | 含有无效字符"
      })
  void refusesCodesWithTheReason(String code, String reason) {
    assertThat(CreditCode.problem(code)).startsWith(reason);
  }

  @ParameterizedTest
  @CsvSource({" 91110108551385082q , 91110108551385082Q"})
  void normalizesCaseAndBlanks(String raw, String normalized) {
    assertThat(CreditCode.normalize(" " + raw + " ")).isEqualTo(normalized);
    assertThat(CreditCode.problem(CreditCode.normalize(raw))).isNull();
  }

  @ParameterizedTest
  @CsvSource({"9111010855138508", "9111010855138508I"})
  void theCheckNeedsSeventeenCharactersOfTheCodeSet(String first) {
    assertThatThrownBy(() -> CreditCode.checkCharacter(first))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
