-- Issue 15: the Party's member-development procedure (memberDevelopment, DOMAIN §6,
-- 《中国共产党发展党员工作细则》 2014). One table per record kind; every table is read by record_no.
-- Time columns are DATETIME on every database (no zone conversion on MySQL/MariaDB).

-- Party branches of the enterprises (code = Camunda group, member of the enterprise's tenant);
-- registered by the administrator (demo: db/demo), none in the schema.
CREATE TABLE md_branch (
  code            VARCHAR(16)  NOT NULL PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  enterprise_code VARCHAR(16)  NOT NULL,
  enterprise_name VARCHAR(100) NOT NULL,
  park_code       VARCHAR(16)  NOT NULL
);
CREATE INDEX ix_md_branch_enterprise ON md_branch (enterprise_code, code);

-- The applicant: one row per procedure; record_no = business key (ZB… handed over, FZ… registered).
CREATE TABLE md_applicant (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no               VARCHAR(20),
  process_instance_id     VARCHAR(64)  NOT NULL,
  source                  VARCHAR(20)  NOT NULL,
  enterprise_code         VARCHAR(16)  NOT NULL,
  park_code               VARCHAR(16)  NOT NULL,
  branch_code             VARCHAR(16)  NOT NULL,
  candidate_name          VARCHAR(30)  NOT NULL,
  gender                  VARCHAR(6)   NOT NULL,
  birth_date              DATE,
  application_date        DATE         NOT NULL,
  stage                   VARCHAR(20)  NOT NULL,
  stage_at                DATETIME     NOT NULL,
  activist_date           DATE,
  development_target_date DATE,
  publicity_end           DATE,
  admission_meeting_date  DATE,
  probation_end           DATE,
  extensions              INT          DEFAULT 0 NOT NULL,
  ended_reason            VARCHAR(1100),
  registered_at           DATETIME     NOT NULL,
  closed_at               DATETIME,
  CONSTRAINT uq_md_applicant_record_no UNIQUE (record_no)
);
CREATE INDEX ix_md_applicant_enterprise ON md_applicant (enterprise_code, stage);
CREATE INDEX ix_md_applicant_stage ON md_applicant (stage, park_code);

-- The 纪实: every stored step in order.
CREATE TABLE md_step (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  step        VARCHAR(30)   NOT NULL,
  actor       VARCHAR(64),
  actor_name  VARCHAR(100),
  decision    VARCHAR(30),
  summary     VARCHAR(1500) NOT NULL,
  recorded_at DATETIME      NOT NULL,
  started_at  DATETIME,
  due_at      DATETIME
);
CREATE INDEX ix_md_step_record ON md_step (record_no, id);

CREATE TABLE md_talk (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  talk_date   DATE          NOT NULL,
  talker      VARCHAR(30)   NOT NULL,
  talk_record VARCHAR(1000) NOT NULL,
  recorded_at DATETIME      NOT NULL
);
CREATE INDEX ix_md_talk_record ON md_talk (record_no);

CREATE TABLE md_activist (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no             VARCHAR(20) NOT NULL,
  recommendation_method VARCHAR(30) NOT NULL,
  activist_date         DATE        NOT NULL,
  recorded_at           DATETIME    NOT NULL
);
CREATE INDEX ix_md_activist_record ON md_activist (record_no);

CREATE TABLE md_cultivation_contact (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no    VARCHAR(20) NOT NULL,
  position     INT         NOT NULL,
  contact_name VARCHAR(30) NOT NULL,
  recorded_at  DATETIME    NOT NULL
);
CREATE INDEX ix_md_cultivation_contact_record ON md_cultivation_contact (record_no);

-- filings with the higher committee (PARK) or the organization department (ORGDEPT)
CREATE TABLE md_filing (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  filing_level VARCHAR(10)  NOT NULL,
  stage       VARCHAR(20)   NOT NULL,
  comment     VARCHAR(1000),
  recorded_at DATETIME      NOT NULL
);
CREATE INDEX ix_md_filing_record ON md_filing (record_no);

CREATE TABLE md_inspection (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no         VARCHAR(20)   NOT NULL,
  stage             VARCHAR(20)   NOT NULL,
  inspection_date   DATE          NOT NULL,
  inspection_record VARCHAR(1000) NOT NULL,
  recorded_at       DATETIME      NOT NULL
);
CREATE INDEX ix_md_inspection_record ON md_inspection (record_no);

CREATE TABLE md_introducer (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no       VARCHAR(20) NOT NULL,
  position        INT         NOT NULL,
  introducer_name VARCHAR(30) NOT NULL,
  recorded_at     DATETIME    NOT NULL
);
CREATE INDEX ix_md_introducer_record ON md_introducer (record_no);

CREATE TABLE md_political_review (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  passed      BOOLEAN       NOT NULL,
  comment     VARCHAR(1000),
  recorded_at DATETIME      NOT NULL
);
CREATE INDEX ix_md_political_review_record ON md_political_review (record_no);

CREATE TABLE md_training (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no      VARCHAR(20) NOT NULL,
  training_days  INT,
  training_hours INT,
  recorded_at    DATETIME    NOT NULL
);
CREATE INDEX ix_md_training_record ON md_training (record_no);

CREATE TABLE md_publicity (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no       VARCHAR(20)   NOT NULL,
  publicity_start DATE          NOT NULL,
  publicity_end   DATE          NOT NULL,
  working_days    INT           NOT NULL,
  objections      BOOLEAN       NOT NULL,
  comment         VARCHAR(1000),
  recorded_at     DATETIME      NOT NULL
);
CREATE INDEX ix_md_publicity_record ON md_publicity (record_no);

-- branch general meetings: ADMISSION (form_date = volunteer form) or CONVERSION (= application)
CREATE TABLE md_branch_meeting (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no                  VARCHAR(20) NOT NULL,
  purpose                    VARCHAR(12) NOT NULL,
  form_date                  DATE        NOT NULL,
  meeting_date               DATE        NOT NULL,
  members_with_voting_rights INT         NOT NULL,
  members_present            INT         NOT NULL,
  votes_for                  INT         NOT NULL,
  votes_against              INT         NOT NULL,
  abstentions                INT         NOT NULL,
  recorded_at                DATETIME    NOT NULL
);
CREATE INDEX ix_md_branch_meeting_record ON md_branch_meeting (record_no);

-- the higher committee's PRE_REVIEW and its ADMISSION approval (after its talk)
CREATE TABLE md_approval (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no           VARCHAR(20)   NOT NULL,
  purpose             VARCHAR(12)   NOT NULL,
  committee_talk_date DATE,
  committee_talker    VARCHAR(30),
  approved            BOOLEAN       NOT NULL,
  comment             VARCHAR(1000),
  recorded_at         DATETIME      NOT NULL
);
CREATE INDEX ix_md_approval_record ON md_approval (record_no);

CREATE TABLE md_oath (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20) NOT NULL,
  oath_date   DATE        NOT NULL,
  party_group VARCHAR(50) NOT NULL,
  recorded_at DATETIME    NOT NULL
);
CREATE INDEX ix_md_oath_record ON md_oath (record_no);

CREATE TABLE md_conversion (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no        VARCHAR(20)   NOT NULL,
  decision         VARCHAR(10)   NOT NULL,
  extension_months INT,
  probation_end    DATE          NOT NULL,
  comment          VARCHAR(1000),
  recorded_at      DATETIME      NOT NULL
);
CREATE INDEX ix_md_conversion_record ON md_conversion (record_no);

CREATE TABLE md_archive (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20) NOT NULL,
  recorded_at DATETIME    NOT NULL
);
CREATE INDEX ix_md_archive_record ON md_archive (record_no);
