package cn.partyunion.workflow.enterprisedesignation;

import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise of the register as the designation reads it (table {@code dr_enterprise}).
 *
 * @param code the enterprise's code (= its engine group and tenant once designated)
 * @param parkCode the park (= the park committee's group)
 * @param chainCode the industry-chain committee (= its group), or {@code null}
 * @param liaisonId user id of the liaison (特约培养联系人) named in the register
 * @param officerCode the chief service officer (首席服务员) named in the register, or {@code null}
 * @param officerName that officer's name, or {@code null}
 * @param contactId user id of the enterprise's contact (直报企业联系人), or {@code null}
 */
public record RegisteredEnterprise(
    String code,
    String name,
    String parkCode,
    String parkName,
    String chainCode,
    boolean aboveScale,
    boolean highTech,
    boolean specializedNew,
    String liaisonId,
    String officerCode,
    String officerName,
    String contactId) {

  /** The category flags (seed 004: 规模以上、高新技术、专精特新) in Chinese, empty when none. */
  public List<String> categories() {
    List<String> categories = new ArrayList<>();
    if (aboveScale) {
      categories.add("规模以上");
    }
    if (highTech) {
      categories.add("高新技术");
    }
    if (specializedNew) {
      categories.add("专精特新");
    }
    return categories;
  }
}
