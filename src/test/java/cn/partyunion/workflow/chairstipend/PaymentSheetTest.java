package cn.partyunion.workflow.chairstipend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The payment list shows each grade with the label of {@link AssessmentGrade}. */
class PaymentSheetTest {

  @Test
  void showsTheGradesChineseLabel() throws IOException {
    List<Payment> payments =
        List.of(payment("EXCELLENT"), payment("PASS"), payment("BASIC_PASS"), payment("UNKNOWN"));
    try (Workbook workbook =
        WorkbookFactory.create(
            new ByteArrayInputStream(
                new PaymentSheet(() -> List.of(new TownUnion("jytown01", "澄江街道")))
                    .write("2026Q1", payments)))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("考核等次");
      assertThat(List.of(1, 2, 3, 4))
          .extracting(r -> sheet.getRow(r).getCell(6).getStringCellValue())
          .containsExactly("优秀", "合格", "基本合格", "UNKNOWN");
    }
  }

  private static Payment payment(String grade) {
    return new Payment(
        "2026Q1",
        "c-" + grade,
        "王建国",
        "江阴精密机械科技有限公司",
        "jytown01",
        120,
        grade,
        BigDecimal.valueOf(150),
        3,
        BigDecimal.valueOf(450),
        LocalDateTime.of(2026, 4, 20, 9, 30));
  }
}
