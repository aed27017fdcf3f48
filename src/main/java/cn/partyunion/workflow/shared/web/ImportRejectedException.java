package cn.partyunion.workflow.shared.web;

import java.util.List;

/**
 * An import refused as a whole because of bad rows (all rows or none): nothing was stored. The
 * application API answers 422 {@code {"error": "IMPORT_REJECTED", "message": "有 n 行数据有误…", "rows":
 * [{row, reason}]}} ({@link ImportRejectionHandler}).
 */
public class ImportRejectedException extends RuntimeException {

  private final transient List<RowError> rows;

  /**
   * @param rows the bad rows in sheet order, at least one
   */
  public ImportRejectedException(List<RowError> rows) {
    super("有 %d 行数据有误，未导入任何数据，请修改后重新导入。".formatted(rows.size()));
    this.rows = List.copyOf(rows);
  }

  /** The bad rows in sheet order. */
  public List<RowError> rows() {
    return rows;
  }
}
