package cn.partyunion.workflow.shared.web;

/**
 * A bad row of an import: its row number in the sheet (the header is row 1) and the Chinese reason
 * (every problem of the row, joined by {@code ；}).
 */
public record RowError(int row, String reason) {}
