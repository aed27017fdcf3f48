package cn.partyunion.workflow.directreport;

import java.util.List;

/**
 * The free lists of the direct-report forms (DOMAIN §1), whose stored value is the Chinese text
 * users see. Forms offer exactly these values; the server refuses anything else. Coded choices,
 * stored as a code and shown with a Chinese label, are {@code Labelled} enums: {@link Gender},
 * {@link TalentCategory}, {@link PoliticalStatus}, {@link ReviewDecision}, {@link
 * InspectionOpinion}, {@link MaturityDecision}, {@link DevelopmentStage}.
 */
public final class Choices {

  private Choices() {}

  public static final List<String> EDUCATION = List.of("初中及以下", "高中/中专/技校", "大专", "本科", "研究生");

  public static final List<String> SKILL_LEVEL = List.of("初级工", "中级工", "高级工", "技师", "高级技师", "无");

  /**
   * Values a form or API might send for party members instead of a {@link PoliticalStatus}; refused
   * with their own message.
   */
  public static final List<String> PARTY_MEMBER_STATUS =
      List.of("PARTY_MEMBER", "PROBATIONARY_MEMBER", "中共党员", "中共预备党员", "党员");

  public static final List<String> DISCOVERY_CHANNEL =
      List.of("链上议事会", "主题党日", "发展沙龙", "行业报告会", "党课", "首席服务员走访", "企业推荐");

  /** The 56 ethnic groups of China, as the form's select list offers them. */
  public static final List<String> ETHNICITY =
      List.of(
          "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
          "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
          "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
          "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族",
          "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族");
}
