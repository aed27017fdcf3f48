package cn.partyunion.workflow.chairstipend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A quarter's lines as an {@code .xlsx} spreadsheet ({@code GET
 * /api/chair-stipend/quarters/{q}.xlsx}): exactly the rows of the list's filter, in its order,
 * Chinese headers; streamed (SXSSF, 100 rows in memory) so that 10,000 chairs stay small.
 */
@Component
public class QuarterLineSheet {

  /** Column headers, in order. */
  public static final List<String> HEADERS =
      List.of(
          "季度",
          "主席账号",
          "工会主席",
          "企业名称",
          "镇（街道）、园区工会",
          "工会会员人数",
          "是否符合条件",
          "不发放原因",
          "状态",
          "考核得分",
          "考核等次",
          "每月津贴（元）",
          "任职月数",
          "季度津贴（元）");

  private final StipendLines lines;

  public QuarterLineSheet(StipendLines lines) {
    this.lines = lines;
  }

  /** The workbook's bytes: one header row, one row per line matching {@code query}. */
  public byte[] write(LineQuery query) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SXSSFSheet sheet = workbook.createSheet(query.quarter() + "工会主席津贴");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        head.createCell(c).setCellValue(HEADERS.get(c));
        head.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, (c == 3 || c == 7 ? 36 : 14) * 256);
      }
      sheet.createFreezePane(0, 1);
      int[] r = {1};
      lines.stream(query, context -> writeRow(sheet.createRow(r[0]++), context.getResultObject()));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // temporary files are already disposed
      }
    }
  }

  private static void writeRow(Row row, StipendLine line) {
    int c = 0;
    row.createCell(c++).setCellValue(line.quarter());
    row.createCell(c++).setCellValue(line.chairId());
    row.createCell(c++).setCellValue(line.chairName());
    row.createCell(c++).setCellValue(line.enterpriseName());
    row.createCell(c++)
        .setCellValue(line.townName() == null ? line.townUnitCode() : line.townName());
    row.createCell(c++).setCellValue(line.unionMembers());
    row.createCell(c++).setCellValue(Boolean.TRUE.equals(line.eligible()) ? "是" : "否");
    row.createCell(c++).setCellValue(line.reason() == null ? "" : line.reason());
    row.createCell(c++).setCellValue(StipendLines.statusLabel(line.status()));
    if (line.score() != null) {
      row.createCell(c).setCellValue(line.score());
    }
    c++;
    row.createCell(c++)
        .setCellValue(line.grade() == null ? "" : StipendLines.gradeLabel(line.grade()));
    if (line.monthlyAmount() != null) {
      row.createCell(c).setCellValue(line.monthlyAmount().doubleValue());
    }
    c++;
    row.createCell(c++).setCellValue(line.months());
    if (line.quarterAmount() != null) {
      row.createCell(c).setCellValue(line.quarterAmount().doubleValue());
    }
  }
}
