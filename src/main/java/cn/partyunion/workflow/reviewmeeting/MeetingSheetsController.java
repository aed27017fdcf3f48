package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import cn.partyunion.workflow.shared.web.QrCodeSvg;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What is written during the meeting (issue 17, DOMAIN §2.3): each rater's rating sheet (测评表, the
 * rater only), the deputy secretary's comments (the meeting's deputy secretary only), and the QR
 * code that opens the sheet on a rater's phone (organizer, deputy secretary, administrators). A
 * rater's grades are shown to that rater alone; the tally's per-panel shares are in {@link
 * ReviewMeetingController}.
 */
@RestController
@RequestMapping("/api/review-meetings/{processInstanceId}")
public class MeetingSheetsController {

  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final ReviewMeetingMapper mapper;
  private final CurrentUser currentUser;
  private final RatingSheets sheets;
  private final MeetingComments comments;

  public MeetingSheetsController(
      ReviewMeetingMapper mapper,
      CurrentUser currentUser,
      RatingSheets sheets,
      MeetingComments comments) {
    this.mapper = mapper;
    this.currentUser = currentUser;
    this.sheets = sheets;
    this.comments = comments;
  }

  /**
   * {@code GET …/sheet}: the caller's own sheet ({@link SheetView}).
   *
   * @throws ApiException 404 unknown meeting, 403 not a rater of the meeting
   */
  @GetMapping("/sheet")
  public SheetView sheet(@PathVariable String processInstanceId) {
    return sheets.sheet(mapper.requireMeeting(processInstanceId), currentUser.id());
  }

  /**
   * {@code PUT …/sheet} with {@code {"ratings": [{unitCode, grade, remark}]}}: saves the draft
   * (grades may still be open); lines not given stay as saved.
   *
   * @throws ApiException 404, 403, 409 (submitted, or not open yet)
   */
  @PutMapping("/sheet")
  public SheetView saveSheet(
      @PathVariable String processInstanceId, @RequestBody SheetRequest request) {
    return sheets.saveDraft(
        mapper.requireMeeting(processInstanceId), currentUser.id(), request.ratings());
  }

  /**
   * {@code POST …/sheet/submit}, optionally with the last lines ({@code {"ratings": […]}}, saved
   * first): submits the sheet once. A unit without a grade: 400 "以下述职单位尚未评定等次：…", the draft stays
   * saved and the sheet open.
   *
   * @throws ApiException 404, 403, 409
   */
  @PostMapping("/sheet/submit")
  public SheetView submitSheet(
      @PathVariable String processInstanceId, @RequestBody(required = false) SheetRequest request) {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    if (request != null && request.ratings() != null) {
      sheets.saveDraft(meeting, currentUser.id(), request.ratings());
    }
    return sheets.submit(meeting, currentUser.id());
  }

  /**
   * {@code GET …/comments}: every unit in reporting order with its comment and whether it may still
   * be written ({@link CommentView}).
   *
   * @throws ApiException 404, 403 not the meeting's deputy secretary
   */
  @GetMapping("/comments")
  public List<CommentView> comments(@PathVariable String processInstanceId) {
    return comments.comments(mapper.requireMeeting(processInstanceId), currentUser.id());
  }

  /**
   * {@code PUT …/comments/{unitCode}} with {@code {"comment": "…"}}: saves one comment (at most
   * 2000 characters) as it is written.
   *
   * @throws ApiException 404 unknown meeting or unit, 403 not its deputy secretary, 409 saved
   *     already or not open yet; 400 for an empty or too long comment
   */
  @PutMapping("/comments/{unitCode}")
  public CommentView saveComment(
      @PathVariable String processInstanceId,
      @PathVariable String unitCode,
      @RequestBody CommentRequest request) {
    return comments.save(
        mapper.requireMeeting(processInstanceId), currentUser.id(), unitCode, request.comment());
  }

  /**
   * {@code GET …/sheet-qr.svg}: the QR code of the sheet's page ({@code
   * /workbench/review-meetings/{processInstanceId}/sheet} on this server), for the organizer to
   * show in the hall; the page asks a rater to sign in, the code carries no credential.
   *
   * @throws ApiException 404, 403 neither organizer, deputy secretary nor administrator
   */
  @GetMapping("/sheet-qr.svg")
  public ResponseEntity<String> sheetQrCode(@PathVariable String processInstanceId) {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    if (!currentUser.isIn(ReviewMeetingRoles.OFFICE)
        && !currentUser.isIn(ReviewMeetingRoles.DEPUTY)) {
      throw ApiException.forbidden("只有组织者可以显示测评表二维码。");
    }
    String address =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/workbench/review-meetings/{id}/sheet")
            .buildAndExpand(Map.of("id", meeting.processInstanceId()))
            .toUriString();
    return ResponseEntity.ok()
        .contentType(SVG)
        .cacheControl(CacheControl.noStore())
        .body(QrCodeSvg.of(address));
  }

  /**
   * {@code GET …/ratings}: every individual rating ({@code [{unitCode, raterId, panel, grade}]}) —
   * for administrators only (audit); organizer, deputy secretary and units see per-panel shares.
   *
   * @throws ApiException 404, 403 anyone but an administrator
   */
  @GetMapping("/ratings")
  public List<RatingRecord> ratings(@PathVariable String processInstanceId) {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    if (!currentUser.groups().contains(CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("评议代表的个人评议只有系统管理员可以查看（审计）。");
    }
    return mapper.findRatings(meeting.id());
  }

  /** Body of the sheet calls: the lines, each {@code {unitCode, grade, remark}}. */
  public record SheetRequest(List<Map<String, Object>> ratings) {}

  /** Body of a comment. */
  public record CommentRequest(Object comment) {}
}
