-- Honghe's reporting-and-review meetings (DOMAIN §2, seed 002). One table per record.

-- Registered reporting units; unit_code is also the id of the unit's engine group (hhunit01 ...).
CREATE TABLE rm_unit (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  unit_code VARCHAR(32) NOT NULL,
  unit_name VARCHAR(100) NOT NULL,
  unit_kind VARCHAR(16) NOT NULL,          -- COUNTY (county/city) or MEMBER (prefecture member unit)
  sort_order INT NOT NULL,
  CONSTRAINT uk_rm_unit_code UNIQUE (unit_code)
);

CREATE TABLE rm_meeting (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  process_instance_id VARCHAR(64) NOT NULL,
  meeting_year INT NOT NULL,
  meeting_date DATE NOT NULL,
  report_due_at TIMESTAMP NOT NULL,
  organizer_id VARCHAR(64),
  deputy_secretary_id VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,             -- OPEN, FED_BACK, CANCELLED
  open_year INT,                           -- = meeting_year while OPEN, NULL after: one open meeting per year
  created_at TIMESTAMP NOT NULL,
  fed_back_at TIMESTAMP,
  CONSTRAINT uk_rm_meeting_process UNIQUE (process_instance_id),
  CONSTRAINT uk_rm_meeting_open_year UNIQUE (open_year)
);
CREATE INDEX ix_rm_meeting_year ON rm_meeting (meeting_year);

CREATE TABLE rm_meeting_rater (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  rater_id VARCHAR(64) NOT NULL,
  panel VARCHAR(16) NOT NULL,              -- WORKER or MANAGER
  CONSTRAINT uk_rm_meeting_rater UNIQUE (meeting_id, rater_id),
  CONSTRAINT fk_rm_meeting_rater_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);

CREATE TABLE rm_report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  status VARCHAR(16) NOT NULL,             -- PENDING, SUBMITTED, LATE, MISSING
  report_summary VARCHAR(4000),
  key_figures VARCHAR(2000),
  submitted_by VARCHAR(64),
  submitted_at TIMESTAMP,
  reminded_at TIMESTAMP,
  overdue BOOLEAN NOT NULL,
  CONSTRAINT uk_rm_report_unit UNIQUE (meeting_id, unit_code),
  CONSTRAINT fk_rm_report_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);
CREATE INDEX ix_rm_report_unit ON rm_report (unit_code);

CREATE TABLE rm_comment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  deputy_secretary_id VARCHAR(64) NOT NULL,
  comment_text VARCHAR(2000) NOT NULL,
  commented_at TIMESTAMP NOT NULL,
  CONSTRAINT uk_rm_comment_unit UNIQUE (meeting_id, unit_code),
  CONSTRAINT fk_rm_comment_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);

CREATE TABLE rm_rating (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  rater_id VARCHAR(64) NOT NULL,
  panel VARCHAR(16) NOT NULL,
  grade VARCHAR(16) NOT NULL,              -- EXCELLENT, GOOD, FAIR, POOR
  remark VARCHAR(500),
  rated_at TIMESTAMP NOT NULL,
  CONSTRAINT uk_rm_rating_unit_rater UNIQUE (meeting_id, unit_code, rater_id),
  CONSTRAINT fk_rm_rating_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);

CREATE TABLE rm_result (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  worker_excellent INT NOT NULL,
  worker_good INT NOT NULL,
  worker_fair INT NOT NULL,
  worker_poor INT NOT NULL,
  manager_excellent INT NOT NULL,
  manager_good INT NOT NULL,
  manager_fair INT NOT NULL,
  manager_poor INT NOT NULL,
  worker_score DECIMAL(10,2) NOT NULL,
  manager_score DECIMAL(10,2) NOT NULL,
  score DECIMAL(10,2) NOT NULL,
  grade VARCHAR(16) NOT NULL,
  unit_rank INT NOT NULL,
  tallied_at TIMESTAMP NOT NULL,
  CONSTRAINT uk_rm_result_unit UNIQUE (meeting_id, unit_code),
  CONSTRAINT fk_rm_result_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);

-- What goes back to each unit's Party committee: basis for the annual assessment.
CREATE TABLE rm_feedback (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  unit_code VARCHAR(32) NOT NULL,
  score DECIMAL(10,2) NOT NULL,
  grade VARCHAR(16) NOT NULL,
  unit_rank INT NOT NULL,
  comment_text VARCHAR(2000),
  assessment_basis BOOLEAN NOT NULL,
  fed_back_at TIMESTAMP NOT NULL,
  CONSTRAINT uk_rm_feedback_unit UNIQUE (meeting_id, unit_code),
  CONSTRAINT fk_rm_feedback_meeting FOREIGN KEY (meeting_id) REFERENCES rm_meeting (id)
);
CREATE INDEX ix_rm_feedback_unit ON rm_feedback (unit_code);
