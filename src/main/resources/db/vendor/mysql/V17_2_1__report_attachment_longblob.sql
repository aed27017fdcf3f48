-- MySQL/MariaDB: a BLOB holds at most 64 KB; report attachments go up to the configured limit
-- (default 10 MB). H2's BLOB has no such limit: no H2 counterpart is needed.
ALTER TABLE rm_report_attachment MODIFY content LONGBLOB NOT NULL;
ALTER TABLE rm_report_attachment MODIFY uploaded_at DATETIME NOT NULL;  -- as V4_2: no 2038 end, no time-zone conversion
