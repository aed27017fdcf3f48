package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_SUBMIT_REPORT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.camunda.bpm.engine.TaskService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report attachments (issue 17): a unit's written report as PDF or Word, stored in the database and
 * only ever served as a download. The type is detected from the content (Apache Tika's magic
 * bytes), never from the name or the type the client claims; a .docx (a zip) must contain {@code
 * word/document.xml}, a .doc (an OLE2 compound file) a {@code WordDocument} stream.
 */
@Component
public class ReportAttachments {

  static final String PDF = "application/pdf";
  static final String DOC = "application/msword";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String OLE2 = "application/x-tika-msoffice";
  private static final Set<String> ZIP_TYPES =
      Set.of("application/zip", "application/x-tika-ooxml", DOCX);

  private final ReportAttachmentMapper attachments;
  private final ReviewMeetingProperties properties;
  private final TaskService taskService;
  private final Tika tika = new Tika();

  public ReportAttachments(
      ReportAttachmentMapper attachments,
      ReviewMeetingProperties properties,
      TaskService taskService) {
    this.attachments = attachments;
    this.properties = properties;
    this.taskService = taskService;
  }

  /**
   * Stores {@code content} as the unit's current attachment, replacing an earlier one (also one a
   * colleague of the unit uploaded at the same moment: the later upload wins); nothing is stored
   * when a check fails.
   *
   * @param fileName the client's file name (only kept for the download; path parts are dropped)
   * @return the stored attachment without content
   * @throws ApiException 409 the unit's report task is not open; 400 empty, too large (over {@code
   *     partyunion.review-meeting.attachment-max-size}) or neither PDF nor Word by content
   */
  @Transactional
  public ReportAttachment upload(
      MeetingRecord meeting, String unitCode, String fileName, byte[] content, String userId) {
    boolean open =
        taskService
                .createTaskQuery()
                .processInstanceId(meeting.processInstanceId())
                .taskDefinitionKey(TASK_SUBMIT_REPORT)
                .taskVariableValueEquals(UNIT_CODE, unitCode)
                .count()
            > 0;
    if (!open) {
      throw new ApiException(HttpStatus.CONFLICT, "REPORT_CLOSED", "该单位的述职报告任务已结束，不能再上传或更换附件。");
    }
    if (content == null || content.length == 0) {
      throw ApiException.badRequest("上传的文件是空的。");
    }
    long max = properties.attachmentMaxSize().toBytes();
    if (content.length > max) {
      throw new ApiException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "TOO_LARGE",
          "附件过大：不超过 " + properties.attachmentMaxSize().toMegabytes() + " MB。");
    }
    String mediaType = detect(content);
    ReportAttachment file =
        new ReportAttachment(
            unitCode,
            cleanName(fileName, mediaType),
            mediaType,
            content.length,
            sha256(content),
            content,
            userId,
            EngineClock.current());
    if (attachments.updateAttachment(meeting.id(), unitCode, file, file.uploadedAt()) == 0) {
      try {
        attachments.insertAttachment(meeting.id(), unitCode, file, file.uploadedAt());
      } catch (DuplicateKeyException colleagueWasFaster) {
        // a colleague's first upload committed between the update and the insert: replace it, as
        // a later upload does
        attachments.updateAttachment(meeting.id(), unitCode, file, file.uploadedAt());
      }
    }
    return new ReportAttachment(
        unitCode,
        file.fileName(),
        mediaType,
        file.sizeBytes(),
        file.sha256(),
        null,
        userId,
        file.uploadedAt());
  }

  /**
   * The media type of {@code content}: PDF, .doc or .docx.
   *
   * @throws ApiException 400 any other content, whatever its name
   */
  String detect(byte[] content) {
    String detected = tika.detect(content);
    if (PDF.equals(detected)) {
      return detected;
    }
    if ((DOC.equals(detected) || OLE2.equals(detected)) && isWord97(content)) {
      return DOC;
    }
    if (ZIP_TYPES.contains(detected) && isWordDocument(content)) {
      return DOCX;
    }
    throw ApiException.badRequest("只能上传 PDF 或 Word（.doc、.docx）格式的述职报告：该文件的内容不是这两种格式。");
  }

  /** An OLE2 compound file (tika-core alone says only x-tika-msoffice) with a Word stream. */
  private static boolean isWord97(byte[] content) {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      return ole.getRoot().hasEntry("WordDocument");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isWordDocument(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if ("word/document.xml".equals(entry.getName())) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String cleanName(String fileName, String mediaType) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name =
          "述职报告"
              + switch (mediaType) {
                case PDF -> ".pdf";
                case DOC -> ".doc";
                default -> ".docx";
              };
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
