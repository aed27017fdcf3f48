package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.Labelled;
import cn.partyunion.workflow.shared.web.Spreadsheets;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.stereotype.Component;

/**
 * The approved payment list of a quarter as an {@code .xlsx} spreadsheet: Chinese headers, one row
 * per paid chair, a totals row (number of chairs, yuan).
 */
@Component
public class PaymentSheet {

  static final List<String> HEADERS =
      List.of(
          "季度",
          "主席账号",
          "工会主席",
          "企业名称",
          "镇（街道）、园区工会",
          "工会会员人数",
          "考核等次",
          "每月津贴（元）",
          "任职月数",
          "季度津贴（元）",
          "审批时间");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TownUnionMapper towns;

  public PaymentSheet(TownUnionMapper towns) {
    this.towns = towns;
  }

  /** The workbook's bytes. */
  public byte[] write(String quarter, List<Payment> payments) {
    Map<String, String> townNames = towns.names();
    return Spreadsheets.oneSheet(
        quarter + "工会主席津贴发放名单",
        HEADERS,
        c -> c == 3 ? 36 : 16,
        (sheet, bold) -> {
          BigDecimal total = BigDecimal.ZERO;
          int r = 1;
          for (Payment p : payments) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.quarter());
            row.createCell(1).setCellValue(p.chairId());
            row.createCell(2).setCellValue(p.chairName());
            row.createCell(3).setCellValue(p.enterpriseName());
            row.createCell(4)
                .setCellValue(townNames.getOrDefault(p.townUnitCode(), p.townUnitCode()));
            row.createCell(5).setCellValue(p.unionMembers());
            row.createCell(6)
                .setCellValue(Labelled.labelOf(p.grade(), AssessmentGrade.class).orElse(p.grade()));
            row.createCell(7).setCellValue(p.monthlyAmount().doubleValue());
            row.createCell(8).setCellValue(p.months());
            row.createCell(9).setCellValue(p.quarterAmount().doubleValue());
            row.createCell(10).setCellValue(p.approvedAt().format(TIME));
            total = total.add(p.quarterAmount());
          }
          Row totals = sheet.createRow(r);
          totals.createCell(0).setCellValue("合计");
          totals.createCell(2).setCellValue(payments.size() + " 人");
          totals.createCell(9).setCellValue(total.doubleValue());
          totals.getCell(0).setCellStyle(bold);
          totals.getCell(9).setCellStyle(bold);
        });
  }
}
