package cn.partyunion.workflow.reviewmeeting;

/**
 * A registered reporting unit (table {@code rm_unit}).
 *
 * @param unitCode the unit's code, also the id of its engine group ({@code hhunit01} …)
 * @param unitName real name, e.g. 个旧市
 * @param unitKind {@code COUNTY} (county/city) or {@code MEMBER} (prefecture member unit)
 */
public record ReportingUnit(String unitCode, String unitName, String unitKind) {}
