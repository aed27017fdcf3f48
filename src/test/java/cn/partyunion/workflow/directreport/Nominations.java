package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.testkit.IdNumbers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Test fixture: valid nomination variables with a fresh, correct resident ID number ({@link
 * IdNumbers}, check character by the production code).
 */
public final class Nominations {

  private Nominations() {}

  /** Every start-form variable of DOMAIN §1, valid, with an ID number new to this run. */
  public static Map<String, Object> valid() {
    String idNumber = IdNumbers.unique();
    LocalDate birth = IdNumbers.birthDate(idNumber);
    Map<String, Object> v = new HashMap<>();
    v.put("candidateName", "王建国");
    v.put("gender", "MALE");
    v.put("ethnicity", "汉族");
    v.put("birthDate", birth.toString());
    v.put("idNumber", idNumber);
    v.put("phone", "13912345678");
    v.put("education", "大专");
    v.put("jobTitle", "数控车工");
    v.put("skillLevel", "高级工");
    v.put("talentCategory", "TECHNICAL_EXPERT");
    v.put("politicalStatus", "MASSES");
    v.put("applicationDate", "2024-05-04");
    v.put("discoveryChannel", "主题党日");
    v.put("honors", "南通市技术能手");
    v.put("recommendationReason", "该同志技术过硬，多次在技能竞赛中获奖，积极向党组织靠拢，群众基础好。");
    return v;
  }
}
