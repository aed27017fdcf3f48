package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table {@code rm_report_attachment}: one current report attachment per unit of a meeting. */
@Mapper
public interface ReportAttachmentMapper {

  /** The unit's attachment with its content, or null when it has none. */
  ReportAttachment findAttachment(
      @Param("meetingId") long meetingId, @Param("unitCode") String unitCode);

  /** Every attachment of the meeting without content (one query for the rating sheet page). */
  List<ReportAttachment> findAttachmentInfos(@Param("meetingId") long meetingId);

  /** Replaces the unit's attachment in place; 0 when it had none. */
  int updateAttachment(
      @Param("meetingId") long meetingId,
      @Param("unitCode") String unitCode,
      @Param("file") ReportAttachment file,
      @Param("uploadedAt") LocalDateTime uploadedAt);

  /** Stores the unit's first attachment (unique per meeting and unit). */
  void insertAttachment(
      @Param("meetingId") long meetingId,
      @Param("unitCode") String unitCode,
      @Param("file") ReportAttachment file,
      @Param("uploadedAt") LocalDateTime uploadedAt);
}
