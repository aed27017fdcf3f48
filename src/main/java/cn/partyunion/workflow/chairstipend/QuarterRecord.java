package cn.partyunion.workflow.chairstipend;

/**
 * A quarter's stipend round ({@code cs_quarter}).
 *
 * @param status a {@link QuarterStatus} name
 * @param processInstanceId the {@code chairStipend} instance that runs or ran it
 */
public record QuarterRecord(String quarter, String status, String processInstanceId) {}
