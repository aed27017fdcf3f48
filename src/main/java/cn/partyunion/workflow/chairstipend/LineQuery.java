package cn.partyunion.workflow.chairstipend;

/**
 * The validated filter of a quarter's lines, with the caller's scope already applied ({@code town}
 * is the town user's own town, {@code chairId} the chair's own id).
 *
 * @param quarter e.g. {@code 2026Q3}
 * @param town a town union's unit code, or null for every town
 * @param chairId one chair, or null
 * @param status a {@link RosterStatus} name, or null
 * @param eligible eligible or not, or null for both
 * @param prefix {@code LIKE} pattern (escaped with {@code !}, ending in {@code %}) matched against
 *     chair id, chair name and enterprise name, or null
 * @param orderBy whitelisted SQL {@code ORDER BY} list (never user text)
 */
public record LineQuery(
    String quarter,
    String town,
    String chairId,
    String status,
    Boolean eligible,
    String prefix,
    String orderBy) {}
