package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.stereotype.Component;

/** The whole results table of a meeting as an .xlsx workbook with Chinese headers. */
@Component
public class ResultsSpreadsheet {

  /** Column headers, in order. */
  public static final List<String> HEADERS =
      List.of(
          "排名",
          "单位代码",
          "述职单位",
          "述职报告",
          "产业工人代表·好",
          "产业工人代表·较好",
          "产业工人代表·一般",
          "产业工人代表·差",
          "产业工人代表平均分",
          "产业工人代表权重",
          "企业管理者代表·好",
          "企业管理者代表·较好",
          "企业管理者代表·一般",
          "企业管理者代表·差",
          "企业管理者代表平均分",
          "企业管理者代表权重",
          "综合得分",
          "总体等次",
          "州委副书记点评");

  /**
   * The columns of {@code GET …/results} ({@link ResultView}): rank, unit, report status, per panel
   * the share of each grade (percent of the panel's raters), the panel's average points and its
   * weight, the composite score, the overall grade and the deputy secretary's comment.
   *
   * @param year the meeting's year (sheet name)
   * @param results the results, best first
   * @param weights the panel weights the tally used
   * @return the workbook's bytes
   */
  public byte[] write(int year, List<UnitResult> results, ResultView.Weights weights) {
    return Spreadsheets.oneSheet(
        year + "年度述职评议结果",
        HEADERS,
        c -> c == HEADERS.size() - 1 ? 60 : 14,
        (sheet, bold) -> {
          CellStyle percent = sheet.getWorkbook().createCellStyle();
          percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.0%"));
          CellStyle decimal = sheet.getWorkbook().createCellStyle();
          decimal.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00"));
          int r = 1;
          for (UnitResult result : results) {
            writeRow(sheet.createRow(r++), result, weights, percent, decimal);
          }
        });
  }

  private static void writeRow(
      Row row,
      UnitResult result,
      ResultView.Weights weights,
      CellStyle percent,
      CellStyle decimal) {
    int c = 0;
    row.createCell(c++).setCellValue(result.rank());
    row.createCell(c++).setCellValue(result.unitCode());
    row.createCell(c++).setCellValue(result.unitName());
    row.createCell(c++).setCellValue(result.reportStatus().label());
    int workers = result.workerCount();
    for (int count :
        new int[] {
          result.workerExcellent(), result.workerGood(), result.workerFair(), result.workerPoor()
        }) {
      share(row.createCell(c++), count, workers, percent);
    }
    number(row.createCell(c++), result.workerScore().doubleValue(), decimal);
    number(row.createCell(c++), weights.worker().doubleValue(), percent);
    int managers = result.managerCount();
    for (int count :
        new int[] {
          result.managerExcellent(),
          result.managerGood(),
          result.managerFair(),
          result.managerPoor()
        }) {
      share(row.createCell(c++), count, managers, percent);
    }
    number(row.createCell(c++), result.managerScore().doubleValue(), decimal);
    number(row.createCell(c++), weights.manager().doubleValue(), percent);
    number(row.createCell(c++), result.score().doubleValue(), decimal);
    row.createCell(c++).setCellValue(result.grade().label());
    row.createCell(c).setCellValue(result.comment() == null ? "" : result.comment());
  }

  private static void share(Cell cell, int count, int total, CellStyle style) {
    number(cell, total == 0 ? 0 : (double) count / total, style);
  }

  private static void number(Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
