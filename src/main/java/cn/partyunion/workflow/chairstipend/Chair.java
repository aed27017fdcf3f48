package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import cn.partyunion.workflow.shared.validation.StorableText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A registered union chair of a non-public enterprise (DOMAIN §5 field names), with the facts that
 * eligibility needs (seed 001).
 *
 * <p>Texts fit their {@code cs_chair} column and hold no control or bidirectional characters
 * ({@link StorableText}); ids and codes are letters and digits.
 *
 * @param chairId the chair's user id (e.g. {@code jychair001}), letters and digits only
 * @param townUnitCode the town/street/park union the enterprise's union belongs to ({@code
 *     jytown01}…{@code jytown19})
 * @param unionMembers members of the enterprise's union
 * @param standaloneUnion the enterprise has its own union (单独建会)
 * @param directlyUnderTown the union reports directly to the town union (直属)
 * @param onPublicPayroll the chair is on a public establishment payroll (公务/事业编制)
 * @param inOffice the chair is in office and on the job (在岗在职) per the register
 * @param officeStart first day in office
 * @param officeEnd last day in office, null while the term is open
 * @param idNumber the chair's resident ID number (GB 11643, optional; stored encrypted, unique in
 *     the register), null when not registered
 * @param phone the chair's mobile number (11 digits, optional; stored encrypted)
 */
public record Chair(
    @NotBlank(message = "不能为空")
        @Pattern(regexp = "[a-zA-Z0-9]{1,64}", message = "只能由字母和数字组成（不超过 64 位）")
        String chairId,
    @NotBlank(message = "不能为空") @StorableText(max = 64) String name,
    @NotBlank(message = "不能为空") @StorableText(max = 200) String enterpriseName,
    @NotBlank(message = "不能为空")
        @Pattern(regexp = "jytown(0[1-9]|1[0-9])", message = "应为 jytown01…jytown19")
        String townUnitCode,
    @NotNull(message = "不能为空")
        @Min(value = 1, message = "至少 1 人")
        @Max(value = 1_000_000, message = "不超过 1000000 人")
        Integer unionMembers,
    @NotNull(message = "不能为空") Boolean standaloneUnion,
    @NotNull(message = "不能为空") Boolean directlyUnderTown,
    @NotNull(message = "不能为空") Boolean onPublicPayroll,
    @NotNull(message = "不能为空") Boolean inOffice,
    @NotNull(message = "不能为空") LocalDate officeStart,
    LocalDate officeEnd,
    @Pattern(regexp = "\\d{17}[\\dX]", message = "应为 18 位身份证号码") String idNumber,
    @Pattern(regexp = "1\\d{10}", message = "应为 11 位手机号码") String phone) {

  /** A chair registered without ID and phone number (the eligibility facts only). */
  public Chair(
      String chairId,
      String name,
      String enterpriseName,
      String townUnitCode,
      Integer unionMembers,
      Boolean standaloneUnion,
      Boolean directlyUnderTown,
      Boolean onPublicPayroll,
      Boolean inOffice,
      LocalDate officeStart,
      LocalDate officeEnd) {
    this(
        chairId,
        name,
        enterpriseName,
        townUnitCode,
        unionMembers,
        standaloneUnion,
        directlyUnderTown,
        onPublicPayroll,
        inOffice,
        officeStart,
        officeEnd,
        null,
        null);
  }

  /** Bean-validation rule: the ID number's check character is right (GB 11643-1999). */
  @JsonIgnore
  @AssertTrue(message = "身份证号码校验位不正确")
  public boolean isIdNumberChecked() {
    return idNumber == null
        || !ResidentIdNumber.hasValidShape(idNumber)
        || ResidentIdNumber.hasValidCheckCharacter(idNumber);
  }

  /** The same chair with its ID and phone number as the register keeps them (null for blank). */
  public Chair normalized() {
    String id = ResidentIdNumber.normalize(idNumber);
    String mobile = phone == null ? null : phone.trim();
    return with(
        chairId,
        id == null || id.isEmpty() ? null : id,
        mobile == null || mobile.isEmpty() ? null : mobile);
  }

  /** The same chair under the id {@code id} (a change names its chair by the path). */
  public Chair withChairId(String id) {
    return with(id, idNumber, phone);
  }

  private Chair with(String id, String idNumberValue, String phoneValue) {
    return new Chair(
        id,
        name,
        enterpriseName,
        townUnitCode,
        unionMembers,
        standaloneUnion,
        directlyUnderTown,
        onPublicPayroll,
        inOffice,
        officeStart,
        officeEnd,
        idNumberValue,
        phoneValue);
  }

  /** Bean-validation rule: a term cannot end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "任职结束日期不能早于任职开始日期")
  public boolean isOfficeTermOrdered() {
    return officeStart == null || officeEnd == null || !officeEnd.isBefore(officeStart);
  }
}
