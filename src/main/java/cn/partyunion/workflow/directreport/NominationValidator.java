package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.APPLICATION_DATE;
import static cn.partyunion.workflow.directreport.DirectReportModel.BIRTH_DATE;
import static cn.partyunion.workflow.directreport.DirectReportModel.CANDIDATE_NAME;
import static cn.partyunion.workflow.directreport.DirectReportModel.DISCOVERY_CHANNEL;
import static cn.partyunion.workflow.directreport.DirectReportModel.EDUCATION;
import static cn.partyunion.workflow.directreport.DirectReportModel.ETHNICITY;
import static cn.partyunion.workflow.directreport.DirectReportModel.GENDER;
import static cn.partyunion.workflow.directreport.DirectReportModel.HONORS;
import static cn.partyunion.workflow.directreport.DirectReportModel.ID_NUMBER;
import static cn.partyunion.workflow.directreport.DirectReportModel.JOB_TITLE;
import static cn.partyunion.workflow.directreport.DirectReportModel.PHONE;
import static cn.partyunion.workflow.directreport.DirectReportModel.POLITICAL_STATUS;
import static cn.partyunion.workflow.directreport.DirectReportModel.RECOMMENDATION_REASON;
import static cn.partyunion.workflow.directreport.DirectReportModel.SKILL_LEVEL;
import static cn.partyunion.workflow.directreport.DirectReportModel.TALENT_CATEGORY;

import cn.partyunion.workflow.shared.privacy.Masking;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import cn.partyunion.workflow.shared.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules of a nomination (DOMAIN §1): every field of the start form, the resident ID number's
 * check digit (GB 11643-1999) and its birth date, the minimum age on the nomination day (default 18
 * years), no party members.
 */
@Component
public class NominationValidator {

  private final DirectReportProperties properties;

  public NominationValidator(DirectReportProperties properties) {
    this.properties = properties;
  }

  /**
   * Validates the submitted variables.
   *
   * @param variables the form's variables (see {@link Nomination})
   * @param today the nomination day (China Standard Time)
   * @param storedIdNumber the case's current full ID number when resubmitting, else {@code null}; a
   *     masked value equal to its masked form keeps it unchanged
   * @return the nomination with the full ID number
   * @throws FormValidationException listing every broken rule in Chinese
   */
  public Nomination validate(
      Map<String, Object> variables, LocalDate today, String storedIdNumber) {
    return validate(variables, today, storedIdNumber, null);
  }

  /**
   * {@link #validate(Map, LocalDate, String)} for a resubmission whose stored variables may hold
   * the masked phone number (a case started with stored variables keeps only {@code 138****5678}).
   *
   * @param storedPhone the case's current phone number when resubmitting, else {@code null}; a
   *     submitted value equal to its masked form keeps it unchanged
   */
  public Nomination validate(
      Map<String, Object> variables, LocalDate today, String storedIdNumber, String storedPhone) {
    Object submittedPhone = variables.get(PHONE);
    if (storedPhone != null
        && submittedPhone != null
        && submittedPhone.toString().trim().equals(Masking.phone(storedPhone))) {
      variables = new java.util.HashMap<>(variables);
      variables.put(PHONE, storedPhone);
    }
    Violations v = new Violations(variables);
    String name = v.text(CANDIDATE_NAME, "姓名", true, 2, 30);
    Gender gender = v.oneOf(GENDER, "性别", Gender.class);
    String ethnicity = v.oneOf(ETHNICITY, "民族", Choices.ETHNICITY);
    LocalDate birthDate = v.date(BIRTH_DATE, "出生日期", true);
    String idNumber = idNumber(v, variables.get(ID_NUMBER), storedIdNumber, birthDate);
    if (birthDate != null) {
      if (birthDate.isAfter(today)) {
        v.add("出生日期不能晚于今天");
      } else if (Period.between(birthDate, today).getYears() < properties.minimumAgeYears()) {
        v.add("被推荐人推荐当日须年满" + properties.minimumAgeYears() + "周岁");
      }
    }
    String phone = v.mobile(PHONE, "手机号码");
    String education = v.oneOf(EDUCATION, "学历", Choices.EDUCATION);
    String jobTitle = v.text(JOB_TITLE, "岗位/工种", true, 1, 50);
    String skillLevel = v.oneOf(SKILL_LEVEL, "技能等级", Choices.SKILL_LEVEL);
    TalentCategory talent = v.oneOf(TALENT_CATEGORY, "人才类别", TalentCategory.class);
    PoliticalStatus political = politicalStatus(v, variables.get(POLITICAL_STATUS));
    LocalDate applicationDate = v.date(APPLICATION_DATE, "递交入党申请书日期", false);
    if (applicationDate != null && applicationDate.isAfter(today)) {
      v.add("递交入党申请书日期不能晚于今天");
    }
    String channel = v.oneOf(DISCOVERY_CHANNEL, "发现渠道", Choices.DISCOVERY_CHANNEL);
    String honors = v.text(HONORS, "所获荣誉", false, 0, 500);
    String reason = v.text(RECOMMENDATION_REASON, "推荐理由", true, 20, 1000);
    v.throwIfAny();
    return new Nomination(
        name,
        gender.name(),
        ethnicity,
        birthDate,
        idNumber,
        phone,
        education,
        jobTitle,
        skillLevel,
        talent.name(),
        political.name(),
        applicationDate,
        channel,
        honors,
        reason);
  }

  private static String idNumber(Violations v, Object raw, String stored, LocalDate birthDate) {
    String idNumber = ResidentIdNumber.normalize(raw == null ? null : raw.toString());
    if (stored != null && idNumber != null && idNumber.equals(ResidentIdNumber.mask(stored))) {
      idNumber = stored;
    }
    if (idNumber == null || idNumber.isEmpty()) {
      v.add("身份证号为必填项");
      return null;
    }
    if (!ResidentIdNumber.hasValidShape(idNumber)) {
      v.add("身份证号应为18位（前17位为数字，最后一位为数字或X）");
      return null;
    }
    Optional<LocalDate> encoded = ResidentIdNumber.birthDate(idNumber);
    if (encoded.isEmpty()) {
      v.add("身份证号中的出生日期无效");
      return null;
    }
    if (!ResidentIdNumber.hasValidCheckCharacter(idNumber)) {
      v.add("身份证号校验位不正确，请核对");
      return null;
    }
    if (birthDate != null && !encoded.get().equals(birthDate)) {
      v.add("身份证号中的出生日期（" + encoded.get() + "）与填写的出生日期不一致");
    }
    return idNumber;
  }

  private static PoliticalStatus politicalStatus(Violations v, Object raw) {
    if (raw != null && Choices.PARTY_MEMBER_STATUS.contains(raw.toString().trim())) {
      v.add("党员（含预备党员）不能作为培养对象推荐");
      return null;
    }
    return v.oneOf(POLITICAL_STATUS, "政治面貌", PoliticalStatus.class);
  }
}
