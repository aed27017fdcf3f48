package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.DesignationMapper.Recommendation;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a recommendation and of the batch (DOMAIN §7, seed 004), as plain functions with
 * table tests ({@code RecommendationRulesTest}).
 */
public final class RecommendationRules {

  private RecommendationRules() {}

  /**
   * Checks one committee's recommendation.
   *
   * @param chosen the enterprise codes the committee ticked (may be empty: "no recommendation")
   * @param own the committee's registered enterprises (its park's, or its industry chain's)
   * @param reason the recommendation reason, required when an enterprise is chosen
   * @param reasonMinLength characters the reason must have at least
   * @return the chosen enterprises, in the order ticked
   * @throws FormValidationException for an enterprise chosen twice, one outside the committee ("a
   *     park cannot recommend for another park"), one without any of the categories 规模以上、高新技术、
   *     专精特新, or a missing or too short reason
   */
  public static List<RegisteredEnterprise> checkRecommendation(
      List<String> chosen, List<RegisteredEnterprise> own, String reason, int reasonMinLength) {
    Map<String, RegisteredEnterprise> byCode = new LinkedHashMap<>();
    own.forEach(enterprise -> byCode.put(enterprise.code(), enterprise));
    Set<String> seen = new LinkedHashSet<>();
    List<RegisteredEnterprise> result = new ArrayList<>();
    for (String code : chosen) {
      RegisteredEnterprise enterprise = byCode.get(code);
      if (enterprise == null) {
        throw new FormValidationException("企业 " + code + " 不是本单位登记的企业，不能由本单位推荐。");
      }
      if (!seen.add(code)) {
        throw new FormValidationException("企业重复推荐：" + enterprise.name() + "。");
      }
      if (enterprise.categories().isEmpty()) {
        throw new FormValidationException(enterprise.name() + " 不属于规模以上、高新技术或专精特新企业，不能推荐为直报企业。");
      }
      result.add(enterprise);
    }
    int length = reason == null ? 0 : reason.codePointCount(0, reason.length());
    if (!result.isEmpty() && length < reasonMinLength) {
      throw new FormValidationException("请填写推荐理由（至少 " + reasonMinLength + " 个字）。");
    }
    return result;
  }

  /**
   * The enterprises that may be designated from the year's recommendations: with {@code
   * requireDouble} those recommended by both a park committee and an industry-chain committee,
   * otherwise every recommended one.
   *
   * @return enterprise code → the sides that recommended it, in the order of {@code
   *     recommendations}
   */
  public static Map<String, Set<CommitteeKind>> designatable(
      List<Recommendation> recommendations, boolean requireDouble) {
    Map<String, Set<CommitteeKind>> sides = new LinkedHashMap<>();
    for (Recommendation recommendation : recommendations) {
      sides
          .computeIfAbsent(
              recommendation.enterpriseCode(), code -> EnumSet.noneOf(CommitteeKind.class))
          .add(recommendation.kind());
    }
    if (requireDouble) {
      sides.values().removeIf(kinds -> kinds.size() < CommitteeKind.values().length);
    }
    return sides;
  }

  /**
   * Checks the organization department's choice of the batch.
   *
   * @param chosen the ticked enterprise codes
   * @param designatable the result of {@link #designatable}
   * @param registered the register's rows of the chosen enterprises
   * @throws FormValidationException for an empty choice, an enterprise chosen twice, one not
   *     designatable (not recommended, or by one side only when double recommendation is required),
   *     or one without a chief service officer in the register
   */
  public static void checkBatch(
      List<String> chosen,
      Map<String, Set<CommitteeKind>> designatable,
      Map<String, RegisteredEnterprise> registered) {
    if (chosen.isEmpty()) {
      throw new FormValidationException("请至少勾选一家入选企业。");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String code : chosen) {
      RegisteredEnterprise enterprise = registered.get(code);
      String name = enterprise == null ? code : enterprise.name();
      if (!seen.add(code)) {
        throw new FormValidationException("入选企业重复：" + name + "。");
      }
      if (enterprise == null || !designatable.containsKey(code)) {
        throw new FormValidationException(name + " 未获开发园区党工委和产业链党委双推荐，不能认定为直报企业。");
      }
      if (enterprise.officerCode() == null) {
        throw new FormValidationException(name + " 尚未在企业名录中明确首席服务员，请先补登后再确认。");
      }
    }
  }
}
