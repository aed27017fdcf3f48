package cn.partyunion.workflow.chairstipend;

/**
 * One of Jiangyin's 19 town, street and park unions (table {@code cs_town_union}, reference data of
 * seed 001 in {@code db/migration}).
 *
 * @param unitCode {@code jytown01}…{@code jytown19}: the union's engine group and the {@code
 *     townUnitCode} of its chairs
 * @param name the union's Chinese name, e.g. 澄江街道工会
 */
public record TownUnion(String unitCode, String name) {}
