package cn.partyunion.workflow.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 11643-1999 resident ID numbers: shape, ISO 7064 MOD 11-2 check character, birth date, mask.
 */
class ResidentIdNumberTest {

  /** One real number per possible check character (same area and birthday, sequence varied). */
  @ParameterizedTest(name = "check character {1}: {0}")
  @CsvSource({
    "320602199003070030, 0",
    "320602199003070081, 1",
    "320602199003070022, 2",
    "320602199003070073, 3",
    "320602199003070014, 4",
    "320602199003070065, 5",
    "320602199003070196, 6",
    "320602199003070057, 7",
    "320602199003070188, 8",
    "320602199003070049, 9",
    "32060219900307009X, X",
    "11010519491231002X, X",
    "440524188001010014, 4"
  })
  void computesTheCheckCharacterForEveryPossibleValue(String idNumber, char expected) {
    assertThat(ResidentIdNumber.checkCharacter(idNumber.substring(0, 17))).isEqualTo(expected);
    assertThat(ResidentIdNumber.checkCharacter(idNumber)).isEqualTo(expected);
    assertThat(ResidentIdNumber.hasValidCheckCharacter(idNumber)).isTrue();
  }

  /** The same numbers with every other check character: all refused. */
  @ParameterizedTest(name = "{0} with wrong check characters")
  @ValueSource(
      strings = {
        "320602199003070030",
        "320602199003070081",
        "320602199003070022",
        "320602199003070073",
        "320602199003070014",
        "320602199003070065",
        "320602199003070196",
        "320602199003070057",
        "320602199003070188",
        "320602199003070049",
        "32060219900307009X"
      })
  void refusesEveryWrongCheckCharacter(String valid) {
    String first17 = valid.substring(0, 17);
    for (char wrong : "0123456789X".toCharArray()) {
      if (wrong != valid.charAt(17)) {
        assertThat(ResidentIdNumber.hasValidCheckCharacter(first17 + wrong))
            .as(first17 + wrong)
            .isFalse();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "32060219900307009x, 32060219900307009X",
    "' 32060219900307009x ', 32060219900307009X",
    "320602199003070030, 320602199003070030"
  })
  void normalizeUpperCasesTrailingXAndTrims(String raw, String normalized) {
    assertThat(ResidentIdNumber.normalize(raw)).isEqualTo(normalized);
    assertThat(ResidentIdNumber.hasValidCheckCharacter(ResidentIdNumber.normalize(raw))).isTrue();
  }

  @Test
  void lowerCaseXIsRefusedWithoutNormalize() {
    assertThat(ResidentIdNumber.hasValidShape("32060219900307009x")).isFalse();
    assertThat(ResidentIdNumber.normalize(null)).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "32060219900307003", // 17 characters
        "3206021990030700300", // 19 characters
        "32060219900307003A", // letter as check character
        "3206021990X307003X", // letter inside
        "X20602199003070030", // letter in front
        "320602-9900307003", // punctuation
        "32060219900307003 "
      }) // trailing blank (18 chars incl. blank, not normalized)
  void refusesWrongShape(String idNumber) {
    assertThat(ResidentIdNumber.hasValidShape(idNumber)).isFalse();
    assertThat(ResidentIdNumber.hasValidCheckCharacter(idNumber)).isFalse();
    assertThat(ResidentIdNumber.birthDate(idNumber)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"32060219900307", "3206021990030700X0", "abcdefghijklmnopq"})
  void checkCharacterNeedsSeventeenDigits(String text) {
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "320602199003070030, 1990-03-07",
    "11010519491231002X, 1949-12-31",
    "320602200002290002, 2000-02-29"
  })
  void readsTheBirthDate(String idNumber, LocalDate birthDate) {
    assertThat(ResidentIdNumber.birthDate(idNumber)).contains(birthDate);
  }

  /** Impossible calendar dates inside the number (the check digit does not matter here). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "320602199902300010", // 1999-02-30
        "320602199902290010", // 1999-02-29, not a leap year
        "320602190002290010", // 1900-02-29, not a leap year
        "320602199913010010", // month 13
        "320602199900010010", // month 00
        "320602199904310010", // 31 April
        "320602199901000010"
      }) // day 00
  void refusesImpossibleBirthDates(String idNumber) {
    assertThat(ResidentIdNumber.birthDate(idNumber)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"320602199003070030, 320602********0030", "32060219900307009X, 320602********009X"})
  void masksAllButTheFirstSixAndLastFour(String idNumber, String masked) {
    assertThat(ResidentIdNumber.mask(idNumber)).isEqualTo(masked).hasSize(18);
  }

  @Test
  void masksTextOfAnotherLengthCompletely() {
    assertThat(ResidentIdNumber.mask("1234567")).isEqualTo("*******");
    assertThat(ResidentIdNumber.mask("")).isEmpty();
    assertThat(ResidentIdNumber.mask(null)).isNull();
  }
}
