package cn.partyunion.workflow.directreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The nomination rules of DOMAIN §1 at their boundaries, with a fixed nomination day. */
class NominationValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final LocalDate BIRTH = LocalDate.of(1995, 8, 20);

  private final NominationValidator validator =
      new NominationValidator(
          new DirectReportProperties(
              Period.ofDays(10), Period.ofMonths(6), Period.ofMonths(12), 18, List.of(25, 35, 45)));

  /** A valid ID number for a birth date: Chongchuan area code, sequence 123, its check digit. */
  static String idFor(LocalDate birthDate) {
    String first17 = "320602" + birthDate.toString().replace("-", "") + "123";
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** A complete valid nomination as Camunda Forms submits it, born on {@code BIRTH}. */
  static Map<String, Object> valid() {
    Map<String, Object> v = Nominations.valid();
    v.put("birthDate", BIRTH.toString());
    v.put("idNumber", idFor(BIRTH));
    return v;
  }

  private Nomination validate(Map<String, Object> variables) {
    return validator.validate(variables, TODAY, null);
  }

  private String refusal(Map<String, Object> variables) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> validate(variables));
    assertThat(thrown).isInstanceOf(FormValidationException.class);
    assertThat(thrown.getMessage()).startsWith("请更正以下内容：").endsWith("。");
    return thrown.getMessage();
  }

  private static Map<String, Object> with(String name, Object value) {
    Map<String, Object> v = valid();
    v.put(name, value);
    return v;
  }

  private static Map<String, Object> bornOn(LocalDate birthDate) {
    Map<String, Object> v = valid();
    v.put("birthDate", birthDate.toString());
    v.put("idNumber", idFor(birthDate));
    return v;
  }

  @Test
  void acceptsACompleteNominationAndReturnsItsValues() {
    Nomination n = validate(valid());
    assertThat(n.candidateName()).isEqualTo("王建国");
    assertThat(n.birthDate()).isEqualTo(BIRTH);
    assertThat(n.idNumber()).isEqualTo(idFor(BIRTH));
    assertThat(n.applicationDate()).isEqualTo(LocalDate.of(2024, 5, 4));
    assertThat(n.politicalStatus()).isEqualTo("MASSES");
  }

  // ---- age on the nomination day -------------------------------------------------------

  @ParameterizedTest(name = "born {0}: 18 on {1}")
  @CsvSource({"2008-06-15, exactly 18 today", "2008-06-14, 18 and a day", "1960-01-01, 66"})
  void acceptsCandidatesAged18OrMoreOnTheNominationDay(LocalDate birthDate, String age) {
    assertThat(validate(bornOn(birthDate)).birthDate()).isEqualTo(birthDate);
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource({
    "2008-06-16, 17 years 364 days",
    "2008-12-31, 17 and a half",
    "2026-06-15, born today"
  })
  void refusesCandidatesUnder18(LocalDate birthDate, String age) {
    assertThat(refusal(bornOn(birthDate))).contains("被推荐人推荐当日须年满18周岁");
  }

  @Test
  void refusesABirthDateInTheFuture() {
    assertThat(refusal(bornOn(TODAY.plusDays(1)))).contains("出生日期不能晚于今天");
  }

  @Test
  void acceptsBirthDateAsDateValueFromRest() {
    Map<String, Object> v = valid();
    v.put("birthDate", Date.from(BIRTH.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
    assertThat(validate(v).birthDate()).isEqualTo(BIRTH);
  }

  // ---- ID number --------------------------------------------------------------------------

  @Test
  void refusesAnIdNumberWhoseBirthDateDiffersFromBirthDate() {
    Map<String, Object> v = with("birthDate", "1995-08-21");
    assertThat(refusal(v)).contains("身份证号中的出生日期（1995-08-20）与填写的出生日期不一致");
  }

  @Test
  void refusesAWrongCheckDigit() {
    String good = idFor(BIRTH);
    char wrong = good.charAt(17) == '0' ? '1' : '0';
    assertThat(refusal(with("idNumber", good.substring(0, 17) + wrong))).contains("身份证号校验位不正确");
  }

  @Test
  void acceptsLowerCaseXAndStoresUpperCase() {
    LocalDate birth = LocalDate.of(1990, 3, 7);
    Map<String, Object> v = bornOn(birth);
    v.put("idNumber", " 32060219900307009x ");
    assertThat(validate(v).idNumber()).isEqualTo("32060219900307009X");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "32060219950820123",
        "3206021995082012345",
        "32060219950820A234",
        "320602********1234"
      })
  void refusesAnIdNumberOfTheWrongShape(String idNumber) {
    assertThat(refusal(with("idNumber", idNumber))).contains("身份证号应为18位");
  }

  @Test
  void refusesAnImpossibleBirthDateInTheIdNumber() {
    String first17 = "32060219990230123";
    Map<String, Object> v = with("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
    assertThat(refusal(v)).contains("身份证号中的出生日期无效");
  }

  @Test
  void refusesAMissingIdNumber() {
    assertThat(refusal(with("idNumber", null))).contains("身份证号为必填项");
  }

  @Test
  void resubmissionKeepingTheMaskedIdKeepsTheStoredNumber() {
    String stored = idFor(BIRTH);
    Map<String, Object> v = with("idNumber", ResidentIdNumber.mask(stored));
    assertThat(validator.validate(v, TODAY, stored).idNumber()).isEqualTo(stored);
  }

  @Test
  void resubmissionMayReplaceTheIdNumber() {
    LocalDate other = LocalDate.of(1996, 1, 2);
    Map<String, Object> v = bornOn(other);
    assertThat(validator.validate(v, TODAY, idFor(BIRTH)).idNumber()).isEqualTo(idFor(other));
  }

  @Test
  void aMaskedIdOfAnotherNumberIsRefused() {
    String stored = idFor(LocalDate.of(1996, 1, 2));
    Map<String, Object> v = with("idNumber", ResidentIdNumber.mask(idFor(BIRTH)));
    assertThatThrownBy(() -> validator.validate(v, TODAY, stored))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("身份证号应为18位");
  }

  // ---- political status -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"PARTY_MEMBER", "PROBATIONARY_MEMBER", "中共党员", "中共预备党员", "党员"})
  void refusesPartyMembersWithTheirOwnMessage(String status) {
    String message = refusal(with("politicalStatus", status));
    assertThat(message).contains("党员（含预备党员）不能作为培养对象推荐").doesNotContain("政治面貌的取值");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DEMOCRATIC_PARTY", "群众", "masses", "OTHER"})
  void refusesAPoliticalStatusOutsideTheList(String status) {
    assertThat(refusal(with("politicalStatus", status)))
        .contains("政治面貌的取值“" + status + "”无效，请从列表中选择");
  }

  // ---- phone -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"13012345678", "13912345678", "15012345678", "19912345678"})
  void acceptsElevenDigitMobileNumbers(String phone) {
    assertThat(validate(with("phone", phone)).phone()).isEqualTo(phone);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1381234567",
        "138123456789",
        "12012345678",
        "12912345678",
        "10012345678",
        "23812345678",
        "1381234567a",
        "0513-8512345"
      })
  void refusesOtherPhoneNumbers(String phone) {
    assertThat(refusal(with("phone", phone))).contains("手机号码应为11位手机号码");
  }

  @Test
  void refusesAMissingPhone() {
    assertThat(refusal(with("phone", ""))).contains("手机号码为必填项");
  }

  // ---- text lengths ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {20, 21, 999, 1000})
  void acceptsRecommendationReasonOf20To1000Characters(int length) {
    assertThat(validate(with("recommendationReason", "好".repeat(length))).recommendationReason())
        .hasSize(length);
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {1, 19, 1001})
  void refusesRecommendationReasonOutside20To1000Characters(int length) {
    assertThat(refusal(with("recommendationReason", "好".repeat(length))))
        .contains("推荐理由应为20–1000个字符（当前" + length + "个）");
  }

  @Test
  void refusesAMissingRecommendationReason() {
    assertThat(refusal(with("recommendationReason", "   "))).contains("推荐理由为必填项");
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {2, 3, 29, 30})
  void acceptsCandidateNameOf2To30Characters(int length) {
    assertThat(validate(with("candidateName", "王".repeat(length))).candidateName()).hasSize(length);
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {1, 31})
  void refusesCandidateNameOutside2To30Characters(int length) {
    assertThat(refusal(with("candidateName", "王".repeat(length))))
        .contains("姓名应为2–30个字符（当前" + length + "个）");
  }

  @Test
  void candidateNameIsTrimmedBeforeCounting() {
    assertThat(refusal(with("candidateName", "  王  "))).contains("姓名应为2–30个字符（当前1个）");
  }

  // ---- application date ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"2026-06-15", "2020-01-01"})
  void acceptsAnApplicationDateUpToToday(LocalDate date) {
    assertThat(validate(with("applicationDate", date.toString())).applicationDate())
        .isEqualTo(date);
  }

  @Test
  void applicationDateIsOptional() {
    assertThat(validate(with("applicationDate", null)).applicationDate()).isNull();
    assertThat(validate(with("applicationDate", "")).applicationDate()).isNull();
  }

  @Test
  void refusesAnApplicationDateInTheFuture() {
    assertThat(refusal(with("applicationDate", "2026-06-16"))).contains("递交入党申请书日期不能晚于今天");
  }

  @Test
  void refusesAnApplicationDateThatIsNoDate() {
    assertThat(refusal(with("applicationDate", "2026-02-30"))).contains("递交入党申请书日期应为有效日期（年-月-日）");
  }

  // ---- enumerations ----------------------------------------------------------------------------

  static Stream<Arguments> everyEnumerationValue() {
    Stream.Builder<Arguments> all = Stream.builder();
    names(Gender.class).forEach(x -> all.add(Arguments.of("gender", x)));
    Choices.ETHNICITY.forEach(x -> all.add(Arguments.of("ethnicity", x)));
    Choices.EDUCATION.forEach(x -> all.add(Arguments.of("education", x)));
    Choices.SKILL_LEVEL.forEach(x -> all.add(Arguments.of("skillLevel", x)));
    names(TalentCategory.class).forEach(x -> all.add(Arguments.of("talentCategory", x)));
    names(PoliticalStatus.class).forEach(x -> all.add(Arguments.of("politicalStatus", x)));
    Choices.DISCOVERY_CHANNEL.forEach(x -> all.add(Arguments.of("discoveryChannel", x)));
    return all.build();
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("everyEnumerationValue")
  void acceptsEveryEnumerationValue(String name, String value) {
    validate(with(name, value));
  }

  /** The lists are the ones DOMAIN §1 fixes (tests and forms depend on these exact values). */
  @Test
  void enumerationsAreThoseOfTheDomainSpecification() {
    assertThat(names(Gender.class)).containsExactlyInAnyOrder("MALE", "FEMALE");
    assertThat(Choices.EDUCATION).containsExactly("初中及以下", "高中/中专/技校", "大专", "本科", "研究生");
    assertThat(Choices.SKILL_LEVEL).containsExactly("初级工", "中级工", "高级工", "技师", "高级技师", "无");
    assertThat(names(TalentCategory.class))
        .containsExactlyInAnyOrder("HIGH_LEVEL_TALENT", "TECHNICAL_EXPERT", "BUSINESS_BACKBONE");
    assertThat(names(PoliticalStatus.class)).containsExactlyInAnyOrder("MASSES", "LEAGUE_MEMBER");
    assertThat(Choices.DISCOVERY_CHANNEL)
        .containsExactly("链上议事会", "主题党日", "发展沙龙", "行业报告会", "党课", "首席服务员走访", "企业推荐");
    assertThat(Choices.ETHNICITY).hasSize(56).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource({
    "gender, 性别, male",
    "gender, 性别, 男",
    "ethnicity, 民族, 火星族",
    "education, 学历, 博士",
    "skillLevel, 技能等级, 特级工",
    "talentCategory, 人才类别, GENIUS",
    "discoveryChannel, 发现渠道, 网络招聘"
  })
  void refusesAnUnknownEnumerationValue(String name, String label, String value) {
    assertThat(refusal(with(name, value))).contains(label + "的取值“" + value + "”无效，请从列表中选择");
  }

  @ParameterizedTest
  @CsvSource({
    "candidateName, 姓名",
    "gender, 性别",
    "ethnicity, 民族",
    "birthDate, 出生日期",
    "education, 学历",
    "jobTitle, 岗位/工种",
    "skillLevel, 技能等级",
    "talentCategory, 人才类别",
    "politicalStatus, 政治面貌",
    "discoveryChannel, 发现渠道"
  })
  void refusesAMissingRequiredField(String name, String label) {
    Map<String, Object> v = valid();
    v.remove(name);
    assertThat(refusal(v)).contains(label + "为必填项");
  }

  // ---- several errors at once -------------------------------------------------------------------

  @Test
  void listsSeveralBrokenRulesInOneMessage() {
    Map<String, Object> v = valid();
    v.put("candidateName", "王");
    v.put("phone", "12345");
    v.put("politicalStatus", "PARTY_MEMBER");
    v.put("recommendationReason", "太短");
    v.put("applicationDate", "2027-01-01");
    String message = refusal(v);
    assertThat(message)
        .contains(
            "姓名应为2–30个字符",
            "手机号码应为11位手机号码",
            "党员（含预备党员）不能作为培养对象推荐",
            "推荐理由应为20–1000个字符",
            "递交入党申请书日期不能晚于今天");
    assertThat(message.split("；")).hasSize(5);
  }
}
