-- Chongchuan direct-report channel (DOMAIN §1, seed 004). Engine tables are Camunda's own.

-- Development parks (开发园区); each has a Party working committee = Camunda group of the same code.
CREATE TABLE dr_park (
  code        VARCHAR(16)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL
);

-- Direct-report enterprises (直报企业): code = the enterprise's Camunda group and tenant id.
CREATE TABLE dr_enterprise (
  code        VARCHAR(16)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  industry    VARCHAR(30)  NOT NULL,
  park_code   VARCHAR(16)  NOT NULL,
  liaison_id  VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_dr_enterprise_park FOREIGN KEY (park_code) REFERENCES dr_park (code)
);
CREATE INDEX ix_dr_enterprise_park ON dr_enterprise (park_code);
CREATE INDEX ix_dr_enterprise_liaison ON dr_enterprise (liaison_id);

-- Candidates (培养对象 / 入库人员): one row per nomination case.
CREATE TABLE dr_candidate (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no             VARCHAR(20),
  process_instance_id   VARCHAR(64),
  enterprise_code       VARCHAR(16)   NOT NULL,
  park_code             VARCHAR(16)   NOT NULL,
  candidate_name        VARCHAR(30)   NOT NULL,
  gender                VARCHAR(6)    NOT NULL,
  ethnicity             VARCHAR(20)   NOT NULL,
  birth_date            DATE          NOT NULL,
  id_number             VARCHAR(18)   NOT NULL,
  open_id_number        VARCHAR(18),
  phone                 VARCHAR(11)   NOT NULL,
  education             VARCHAR(20)   NOT NULL,
  job_title             VARCHAR(50)   NOT NULL,
  skill_level           VARCHAR(10)   NOT NULL,
  talent_category       VARCHAR(20)   NOT NULL,
  political_status      VARCHAR(20)   NOT NULL,
  application_date      DATE,
  discovery_channel     VARCHAR(20)   NOT NULL,
  honors                VARCHAR(500),
  recommendation_reason VARCHAR(1000) NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  development_stage     VARCHAR(30),
  nominated_at          TIMESTAMP     NOT NULL,
  approved_at           TIMESTAMP,
  closed_at             TIMESTAMP,
  closing_reason        VARCHAR(1000),
  CONSTRAINT fk_dr_candidate_enterprise FOREIGN KEY (enterprise_code) REFERENCES dr_enterprise (code),
  CONSTRAINT uq_dr_candidate_record_no UNIQUE (record_no),
  -- an ID number may be open in one case only (NULL once the case is closed)
  CONSTRAINT uq_dr_candidate_open_id_number UNIQUE (open_id_number)
);
CREATE INDEX ix_dr_candidate_enterprise_status ON dr_candidate (enterprise_code, status, nominated_at);
CREATE INDEX ix_dr_candidate_park_status ON dr_candidate (park_code, status, nominated_at);
CREATE INDEX ix_dr_candidate_status ON dr_candidate (status, nominated_at);
CREATE INDEX ix_dr_candidate_process ON dr_candidate (process_instance_id);

-- Review records: every step of a case (nomination, each review, pairing, inspection, decisions).
CREATE TABLE dr_review_record (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  step        VARCHAR(30)   NOT NULL,
  actor       VARCHAR(64),
  decision    VARCHAR(30),
  comment     VARCHAR(1000),
  decided_at  TIMESTAMP     NOT NULL,
  CONSTRAINT fk_dr_review_candidate FOREIGN KEY (record_no) REFERENCES dr_candidate (record_no)
);
CREATE INDEX ix_dr_review_record ON dr_review_record (record_no, decided_at, id);

-- Dual management (双重管理): the enterprise's mentor party member and the park's inspector.
CREATE TABLE dr_pairing (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no   VARCHAR(20)   NOT NULL,
  role        VARCHAR(10)   NOT NULL,
  person_name VARCHAR(30)   NOT NULL,
  phone       VARCHAR(11)   NOT NULL,
  named_by    VARCHAR(64),
  named_at    TIMESTAMP     NOT NULL,
  CONSTRAINT fk_dr_pairing_candidate FOREIGN KEY (record_no) REFERENCES dr_candidate (record_no),
  CONSTRAINT uq_dr_pairing_role UNIQUE (record_no, role)
);

-- Half-yearly inspections (半年考察).
CREATE TABLE dr_inspection (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_no       VARCHAR(20)   NOT NULL,
  period_no       INT           NOT NULL,
  inspection_date DATE          NOT NULL,
  conduct         VARCHAR(1000) NOT NULL,
  work            VARCHAR(1000) NOT NULL,
  study           VARCHAR(1000) NOT NULL,
  opinion         VARCHAR(20)   NOT NULL,
  recorded_by     VARCHAR(64),
  recorded_at     TIMESTAMP     NOT NULL,
  CONSTRAINT fk_dr_inspection_candidate FOREIGN KEY (record_no) REFERENCES dr_candidate (record_no),
  CONSTRAINT uq_dr_inspection_period UNIQUE (record_no, period_no)
);
