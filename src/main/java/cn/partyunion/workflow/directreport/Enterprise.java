package cn.partyunion.workflow.directreport;

/**
 * A direct-report enterprise (直报企业) with its park and liaison.
 *
 * @param code enterprise code = its Camunda group and tenant id (e.g. {@code ent01})
 * @param parkCode the park's code = the park committee's Camunda group (e.g. {@code park01})
 * @param liaisonId user id of the liaison (特约培养联系人) linked to the enterprise
 */
public record Enterprise(
    String code,
    String name,
    String industry,
    String parkCode,
    String parkName,
    String liaisonId) {}
