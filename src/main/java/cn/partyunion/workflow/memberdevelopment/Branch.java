package cn.partyunion.workflow.memberdevelopment;

/**
 * A Party branch of a direct-report enterprise ({@code md_branch}, DOMAIN §6): code = its Camunda
 * group ({@code branch01}…), member of its enterprise's tenant; its higher committee is the park.
 */
public record Branch(
    String code, String name, String enterpriseCode, String enterpriseName, String parkCode) {}
