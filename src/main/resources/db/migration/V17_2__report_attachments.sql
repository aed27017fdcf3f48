-- Report attachments (issue 17): a unit's written report (PDF/Word), one current file per unit of a
-- meeting; replacing it overwrites the row. The content is stored, never executed; its type was
-- detected from the bytes. On MySQL/MariaDB the content column becomes LONGBLOB
-- (db/vendor/mysql/V17_2_1), a plain BLOB there holds only 64 KB.
CREATE TABLE rm_report_attachment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content BLOB NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  CONSTRAINT uk_rm_report_attachment_unit UNIQUE (meeting_id, unit_code),
  CONSTRAINT fk_rm_report_attachment_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);

CREATE INDEX ix_rm_report_attachment_meeting ON rm_report_attachment (meeting_id);
