-- One rater's rating sheet (测评表, issue 17) while the meeting goes on: one draft line per unit,
-- saved as the rater goes (grade still empty allowed). Submitting the sheet stores every line as a
-- rating (rm_rating, unchanged, so that the tally and the API read what they read before) and
-- deletes the rater's draft lines. DATETIME, not TIMESTAMP: no 2038 limit, no zone conversion.
CREATE TABLE rm_sheet_draft (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  rater_id VARCHAR(64) NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  grade VARCHAR(16),                       -- EXCELLENT, GOOD, FAIR, POOR, or NULL while undecided
  remark VARCHAR(500),
  saved_at DATETIME NOT NULL,
  CONSTRAINT uk_rm_sheet_draft_line UNIQUE (meeting_id, rater_id, unit_code),
  CONSTRAINT fk_rm_sheet_draft_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);
