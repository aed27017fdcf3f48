package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's report attachment (issue 17, DOMAIN §2.2): the unit uploads its written report (PDF or
 * Word) while its report task is open; the unit, the organizer, the deputy secretary and the raters
 * of the meeting download it. It is always served as a download with {@code nosniff}, never inline.
 */
@RestController
@RequestMapping("/api/review-meetings/{processInstanceId}")
public class ReportAttachmentController {

  private final ReviewMeetingMapper mapper;
  private final ReportAttachmentMapper attachments;
  private final ReportAttachments service;
  private final CurrentUser currentUser;

  public ReportAttachmentController(
      ReviewMeetingMapper mapper,
      ReportAttachmentMapper attachments,
      ReportAttachments service,
      CurrentUser currentUser) {
    this.mapper = mapper;
    this.attachments = attachments;
    this.service = service;
    this.currentUser = currentUser;
  }

  /**
   * {@code POST} multipart with field {@code file}: stores it as the unit's attachment (replacing
   * the earlier one) and answers {@code {unitCode, fileName, mediaType, sizeBytes, sha256,
   * uploadedBy, uploadedAt}}.
   *
   * @throws ApiException 404 unknown meeting or unit; 403 not a member of the unit's group; 409 the
   *     unit's report task is not open; 400 empty or neither PDF nor Word by content; 413 too large
   */
  @PostMapping(
      path = "/reports/{unitCode}/attachment",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ReportAttachment upload(
      @PathVariable String processInstanceId,
      @PathVariable String unitCode,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    requireUnit(meeting, unitCode);
    if (!currentUser.groups().contains(unitCode)) {
      throw ApiException.forbidden("只有该述职单位可以上传述职报告附件。");
    }
    return service.upload(
        meeting, unitCode, file.getOriginalFilename(), file.getBytes(), currentUser.id());
  }

  /**
   * {@code GET}: the attachment's bytes as a download ({@code Content-Disposition: attachment} with
   * an RFC 5987 file name, the stored media type, {@code X-Content-Type-Options: nosniff}).
   *
   * @throws ApiException 404 unknown meeting or unit, or no attachment; 403 neither the unit, the
   *     organizer, the deputy secretary nor a rater of the meeting
   */
  @GetMapping("/reports/{unitCode}/attachment")
  public ResponseEntity<byte[]> download(
      @PathVariable String processInstanceId, @PathVariable String unitCode) {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    requireUnit(meeting, unitCode);
    boolean entitled =
        currentUser.isIn(ReviewMeetingRoles.OFFICE)
            || currentUser.isIn(ReviewMeetingRoles.DEPUTY)
            || currentUser.groups().contains(unitCode)
            || mapper.findRaterPanel(meeting.id(), currentUser.id()) != null;
    if (!entitled) {
      throw ApiException.forbidden("无权查看该单位的述职报告附件。");
    }
    ReportAttachment file = attachments.findAttachment(meeting.id(), unitCode);
    if (file == null) {
      throw ApiException.notFound("该单位尚未上传述职报告附件。");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .contentLength(file.content().length)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .body(file.content());
  }

  /**
   * {@code GET …/attachments}: the meeting's attachments without content, {@code [{unitCode,
   * fileName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt}]} in one query (the rating
   * sheet's "述职报告附件" links); a unit sees only its own.
   *
   * @throws ApiException 404 unknown meeting; 403 neither organizer, deputy secretary, a rater of
   *     the meeting nor a reporting unit
   */
  @GetMapping("/attachments")
  public List<ReportAttachment> list(@PathVariable String processInstanceId) {
    MeetingRecord meeting = mapper.requireMeeting(processInstanceId);
    List<ReportAttachment> all = attachments.findAttachmentInfos(meeting.id());
    if (currentUser.isIn(ReviewMeetingRoles.OFFICE)
        || currentUser.isIn(ReviewMeetingRoles.DEPUTY)
        || mapper.findRaterPanel(meeting.id(), currentUser.id()) != null) {
      return all;
    }
    if (currentUser.isIn(ReviewMeetingRoles.UNIT)) {
      return all.stream().filter(file -> currentUser.groups().contains(file.unitCode())).toList();
    }
    throw ApiException.forbidden("无权查看该会议的述职报告附件。");
  }

  private void requireUnit(MeetingRecord meeting, String unitCode) {
    if (mapper.findReport(meeting.id(), unitCode) == null) {
      throw ApiException.notFound("该会议没有这个述职单位。");
    }
  }
}
