package cn.partyunion.workflow.directreport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/direct-report/candidates.xlsx}: exactly the rows of the 信息库 query (same filters,
 * visibility and sort), streamed — the matching ids first (one query), then the rows in pages of
 * {@value #PAGE} by id, written through POI's SXSSF (only {@value #WINDOW} rows in memory). Chinese
 * headers; ID numbers masked for everybody but the organization department.
 */
@Service
public class CandidateExport {

  static final int PAGE = 500;
  static final int WINDOW = 200;

  /** The column headers, in order. */
  public static final List<String> HEADERS =
      List.of(
          "记录号", "姓名", "性别", "出生日期", "年龄", "身份证号", "学历", "人才类别", "企业", "园区", "行业", "状态", "阶段",
          "推荐时间", "入库时间", "督办");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final CandidateQueryService queries;
  private final CandidateMapper candidates;

  public CandidateExport(CandidateQueryService queries, CandidateMapper candidates) {
    this.queries = queries;
    this.candidates = candidates;
  }

  /**
   * Validates {@code query} (errors as {@link CandidateQueryService#find}) and returns the writer
   * of the workbook; nothing is written before the query is accepted.
   */
  public Writer prepare(CandidateQueryService.Query query) {
    CandidateFilter filter = queries.filter(query);
    List<Long> ids = filter == null ? List.of() : candidates.findIds(filter);
    return out -> write(ids, out);
  }

  /** Writes the workbook. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private void write(List<Long> ids, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      SXSSFSheet sheet = workbook.createSheet("信息库");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = sheet.createRow(0);
      int[] widths = {16, 10, 6, 12, 6, 20, 14, 12, 28, 24, 16, 12, 14, 18, 18, 8};
      for (int c = 0; c < HEADERS.size(); c++) {
        head.createCell(c).setCellValue(HEADERS.get(c));
        head.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (int from = 0; from < ids.size(); from += PAGE) {
        List<Long> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
          position.put(page.get(i), i);
        }
        List<Candidate> rows =
            candidates.findByIds(page).stream()
                .sorted(Comparator.comparing(c -> position.get(c.id())))
                .toList();
        for (CandidateView v : queries.views(rows, false)) {
          Row row = sheet.createRow(r++);
          String[] values = {
            v.recordNo(),
            v.candidateName(),
            v.genderLabel(),
            v.birthDate().toString(),
            null,
            v.idNumber(),
            v.education(),
            v.talentCategoryLabel(),
            v.enterpriseName(),
            v.parkName(),
            v.industry(),
            v.statusLabel(),
            v.stageLabel(),
            v.nominatedAt() == null ? "" : v.nominatedAt().format(TIME),
            v.approvedAt() == null ? "" : v.approvedAt().format(TIME),
            switch (v.overdueFlag()) {
              case NONE -> "";
              case YELLOW -> "黄灯";
              case RED -> "红灯";
            }
          };
          for (int c = 0; c < values.length; c++) {
            if (c == 4) {
              row.createCell(c).setCellValue(v.age());
            } else {
              row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
            }
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
