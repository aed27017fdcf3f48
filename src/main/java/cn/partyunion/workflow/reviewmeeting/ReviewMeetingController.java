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
import org.springframework.web.bind.annotation.RequestParam;
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
  private final ReviewMeetingProperties properties;

  public ReviewMeetingController(
      ReviewMeetingMapper mapper,
      CurrentUser currentUser,
      ResultsSpreadsheet spreadsheet,
      ReviewMeetingProperties properties) {
    this.mapper = mapper;
    this.currentUser = currentUser;
    this.spreadsheet = spreadsheet;
    this.properties = properties;
  }

  /**
   * {@code GET /api/review-meetings?year=}: the meetings, newest first, each with its counts
   * ({@link MeetingSummary}): every meeting for the organizer, deputy secretary and administrators,
   * the meetings it reports in for a reporting unit.
   *
   * @param year optional meeting year (1900–9999)
   * @throws ApiException 400 for a year that is not a number in range, 403 for anyone else
   */
  @GetMapping
  public List<MeetingSummary> meetings(@RequestParam(required = false) String year) {
    Integer meetingYear = year(year);
    if (seesWholeTable()) {
      return mapper.findMeetingSummaries(meetingYear, null);
    }
    List<String> units = unitGroups();
    if (units.isEmpty()) {
      throw ApiException.forbidden("无权查看述职评议会。");
    }
    return mapper.findMeetingSummaries(meetingYear, units);
  }

  /**
   * {@code GET /api/review-meetings/{processInstanceId}}: one meeting with its counts (organizer,
   * deputy secretary, administrators, and the units reporting in it).
   *
   * @throws ApiException 404 unknown meeting, 403 anyone else
   */
  @GetMapping("/{processInstanceId}")
  public MeetingSummary meetingSummary(@PathVariable String processInstanceId) {
    MeetingRecord meeting = meeting(processInstanceId);
    if (!seesWholeTable() && ownUnits(meeting).isEmpty()) {
      throw ApiException.forbidden("无权查看该述职评议会。");
    }
    return mapper.findMeetingSummary(meeting.processInstanceId());
  }

  /**
   * {@code [{unitCode, unitName, score, grade, gradeLabel, rank, comment, reportStatus,
   * reportStatusLabel, workerScore, managerScore, workerWeight, managerWeight, workerRatings,
   * managerRatings}]} ({@link ResultView}), best first: all units for the organizer, deputy
   * secretary and administrators once tallied; the caller's own unit for a reporting unit, once fed
   * back.
   *
   * @throws ApiException 404 unknown meeting, 403 not entitled, 409 not yet tallied / fed back
   */
  @GetMapping("/{processInstanceId}/results")
  public List<ResultView> results(@PathVariable String processInstanceId) {
    MeetingRecord meeting = meeting(processInstanceId);
    if (seesWholeTable()) {
      ResultView.Weights weights = weights(meeting);
      return tallied(meeting).stream().map(result -> ResultView.of(result, weights)).toList();
    }
    List<String> ownUnits = ownUnits(meeting);
    if (ownUnits.isEmpty()) {
      throw ApiException.forbidden("无权查看该会议的评议结果。");
    }
    if (!meeting.fedBack()) {
      throw new ApiException(HttpStatus.CONFLICT, "NOT_FED_BACK", "评议结果尚未确认反馈。");
    }
    ResultView.Weights weights = weights(meeting);
    return ownUnits.stream()
        .flatMap(unit -> mapper.findFedBackResults(meeting.id(), unit).stream())
        .map(result -> ResultView.of(result, weights))
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
    byte[] body = spreadsheet.write(meeting.meetingYear(), tallied(meeting), weights(meeting));
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
    return mapper.requireMeeting(processInstanceId);
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

  /** The weights the meeting's tally used, or the configured ones when it kept none. */
  private ResultView.Weights weights(MeetingRecord meeting) {
    return meeting.workerWeight() == null || meeting.managerWeight() == null
        ? new ResultView.Weights(properties.workerWeight(), properties.managerWeight())
        : new ResultView.Weights(meeting.workerWeight(), meeting.managerWeight());
  }

  /** The caller's groups that are registered reporting units. */
  private List<String> unitGroups() {
    List<String> groups = currentUser.groups();
    return mapper.findUnits().stream()
        .map(ReportingUnit::unitCode)
        .filter(groups::contains)
        .toList();
  }

  private static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(text.trim());
      if (year >= 1900 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest("year 参数无效：应为 1900–9999 之间的年份。");
  }

  private List<String> ownUnits(MeetingRecord meeting) {
    return mapper.findReports(meeting.id()).stream()
        .map(ReportRecord::unitCode)
        .filter(currentUser.groups()::contains)
        .toList();
  }
}
