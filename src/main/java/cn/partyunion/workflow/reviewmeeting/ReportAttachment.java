package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDateTime;

/**
 * A unit's report attachment (table {@code rm_report_attachment}).
 *
 * @param fileName the name the unit gave (at most 200 characters, path parts removed)
 * @param mediaType the type detected from the content: {@code application/pdf}, {@code
 *     application/msword} or the .docx type
 * @param sizeBytes length of the content in bytes
 * @param sha256 hex SHA-256 of the content
 * @param content the bytes; null where only the description was read
 */
public record ReportAttachment(
    String unitCode,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    byte[] content,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
