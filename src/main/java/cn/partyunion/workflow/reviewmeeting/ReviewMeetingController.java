package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review meeting's records (DOMAIN §5), by the meeting's process instance id. The organizer
 * ({@code hhoffice}), the deputy secretary ({@code hhdeputy}) and administrators read the whole
 * results table once tallied; a reporting unit reads only its own result, once fed back, and only
 * its own report; a rater reads the reports of the meeting they rate. Anyone else: 403.
 */
@RestController
@RequestMapping("/api/review-meetings")
public class ReviewMeetingController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReviewMeetingMapper mapper;
  private final CurrentUser currentUser;
  private final ResultsSpreadsheet spreadsheet;

  public ReviewMeetingController(
      ReviewMeetingMapper mapper, CurrentUser currentUser, ResultsSpreadsheet spreadsheet) {
    this.mapper = mapper;
    this.currentUser = currentUser;
    this.spreadsheet = spreadsheet;
  }

  /**
   * {@code [{unitCode, unitName, score, grade, gradeLabel, rank, comment, reportStatus}]}, best
   * first: all units for the organizer, deputy secretary and administrators; the caller's own unit
   * for a reporting unit.
   *
   * @throws ApiException 404 unknown meeting, 403 not entitled, 409 not yet tallied / fed back
   */
  @GetMapping("/{processInstanceId}/results")
  public List<ResultView> results(@PathVariable String processInstanceId) {
    MeetingRecord meeting = meeting(processInstanceId);
    if (seesWholeTable()) {
      return tallied(meeting).stream().map(ResultView::of).toList();
    }
    List<String> ownUnits = ownUnits(meeting);
    if (ownUnits.isEmpty()) {
      throw ApiException.forbidden("无权查看该会议的评议结果。");
    }
    if (!meeting.fedBack()) {
      throw new ApiException(HttpStatus.CONFLICT, "NOT_FED_BACK", "评议结果尚未确认反馈。");
    }
    return ownUnits.stream()
        .flatMap(unit -> mapper.findFeedback(meeting.id(), unit).stream())
        .toList();
  }

  /**
   * The whole results table as a spreadsheet (organizer, deputy secretary, administrators).
   *
   * @throws ApiException 404 unknown meeting, 403 not entitled, 409 not yet tallied
   */
  @GetMapping("/{processInstanceId}/results.xlsx")
  public ResponseEntity<byte[]> resultsSpreadsheet(@PathVariable String processInstanceId) {
    MeetingRecord meeting = meeting(processInstanceId);
    if (!seesWholeTable()) {
      throw ApiException.forbidden("只有组织者和点评人可以导出全部评议结果。");
    }
    byte[] body = spreadsheet.write(meeting.meetingYear(), tallied(meeting));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(meeting.meetingYear() + "年度述职评议结果.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  /**
   * One unit's report: {@code {unitCode, unitName, status, reportSummary, keyFigures, submittedBy,
   * submittedAt, remindedAt, overdue}}.
   *
   * @throws ApiException 404 unknown meeting or unit, 403 neither that unit, a rater of the
   *     meeting, the organizer, the deputy secretary nor an administrator
   */
  @GetMapping("/{processInstanceId}/reports/{unitCode}")
  public ReportRecord report(
      @PathVariable String processInstanceId, @PathVariable String unitCode) {
    MeetingRecord meeting = meeting(processInstanceId);
    boolean entitled =
        seesWholeTable()
            || currentUser.groups().contains(unitCode)
            || mapper.findRaterPanel(meeting.id(), currentUser.id()) != null;
    if (!entitled) {
      throw ApiException.forbidden("无权查看其他单位的述职报告。");
    }
    ReportRecord report = mapper.findReport(meeting.id(), unitCode);
    if (report == null) {
      throw ApiException.notFound("该单位不在本次述职评议会中。");
    }
    return report;
  }

  private MeetingRecord meeting(String processInstanceId) {
    MeetingRecord meeting = mapper.findMeeting(processInstanceId);
    if (meeting == null) {
      throw ApiException.notFound("没有这场述职评议会。");
    }
    return meeting;
  }

  private boolean seesWholeTable() {
    return currentUser.isIn(ReviewMeetingRoles.OFFICE)
        || currentUser.isIn(ReviewMeetingRoles.DEPUTY);
  }

  private List<UnitResult> tallied(MeetingRecord meeting) {
    List<UnitResult> results = mapper.findResults(meeting.id());
    if (results.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "NOT_TALLIED", "该会议尚未计分。");
    }
    return results;
  }

  private List<String> ownUnits(MeetingRecord meeting) {
    return mapper.findReports(meeting.id()).stream()
        .map(ReportRecord::unitCode)
        .filter(currentUser.groups()::contains)
        .toList();
  }
}
