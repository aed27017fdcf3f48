package cn.partyunion.workflow.chairstipend;

/**
 * A search of the chair register.
 *
 * @param townUnitCode only this town union's chairs, or null for all
 * @param prefix {@code text%} for {@code LIKE … ESCAPE '!'} on the chair id, or null
 * @param contains {@code %text%} for the name and the enterprise, or null
 * @param idNumber a full ID number searched through its hash, or null
 */
public record ChairFilter(String townUnitCode, String prefix, String contains, String idNumber) {}
