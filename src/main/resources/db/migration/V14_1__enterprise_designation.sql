-- Issue 14 (DOMAIN §7, seed 004): the yearly designation of direct-report enterprises on the
-- double recommendation of the park committees and the industry-chain committees, and the
-- register columns it needs. Time columns are DATETIME on every database.

-- Industry-chain committees (产业链党委): code = the committee's engine group (chain01 …).
CREATE TABLE dr_chain (
  code VARCHAR(16)  NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

-- Chief service officers (首席服务员): district cadres linked to an enterprise.
CREATE TABLE dr_officer (
  code  VARCHAR(16)  NOT NULL PRIMARY KEY,
  name  VARCHAR(30)  NOT NULL,
  unit  VARCHAR(100) NOT NULL,
  phone VARCHAR(11)
);

-- The enterprise register (DOMAIN §7): unified social credit code (GB 32100), chain committee,
-- category flags (规模以上, 高新技术, 专精特新), contact login, chief service officer.
ALTER TABLE dr_enterprise ADD COLUMN credit_code VARCHAR(18);
ALTER TABLE dr_enterprise ADD COLUMN chain_code VARCHAR(16);
ALTER TABLE dr_enterprise ADD COLUMN above_scale BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dr_enterprise ADD COLUMN high_tech BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dr_enterprise ADD COLUMN specialized_new BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dr_enterprise ADD COLUMN contact_id VARCHAR(64);
ALTER TABLE dr_enterprise ADD COLUMN officer_code VARCHAR(16);
CREATE INDEX ix_dr_enterprise_chain ON dr_enterprise (chain_code);
CREATE UNIQUE INDEX uq_dr_enterprise_credit_code ON dr_enterprise (credit_code);

-- One designation year (认定批次): opened by the organization department, confirmed once.
CREATE TABLE ed_batch (
  batch_year          INT          NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64),
  deadline            DATE         NOT NULL,
  status              VARCHAR(12)  NOT NULL,
  opened_by           VARCHAR(64),
  opened_at           DATETIME     NOT NULL,
  confirmed_by        VARCHAR(64),
  confirmed_at        DATETIME
);
CREATE INDEX ix_ed_batch_status ON ed_batch (status, batch_year);

-- Each committee's recommendation task of a year: status OPEN / DONE / LATE / MISSED and the
-- light (NONE, REMINDED, YELLOW after the deadline, RED when the stage closes without it).
CREATE TABLE ed_committee (
  batch_year     INT         NOT NULL,
  committee_code VARCHAR(16) NOT NULL,
  kind           VARCHAR(8)  NOT NULL,
  status         VARCHAR(8)  NOT NULL,
  flag           VARCHAR(8)  NOT NULL,
  recommended_by VARCHAR(64),
  recommended_at DATETIME,
  PRIMARY KEY (batch_year, committee_code)
);
CREATE INDEX ix_ed_committee_status ON ed_committee (batch_year, status);

-- One row per enterprise and recommending committee (both sides = double recommendation).
CREATE TABLE ed_recommendation (
  batch_year      INT          NOT NULL,
  enterprise_code VARCHAR(16)  NOT NULL,
  committee_code  VARCHAR(16)  NOT NULL,
  kind            VARCHAR(8)   NOT NULL,
  reason          VARCHAR(500) NOT NULL,
  late            BOOLEAN      NOT NULL,
  recommended_at  DATETIME     NOT NULL,
  PRIMARY KEY (batch_year, enterprise_code, committee_code)
);

-- The confirmed batch: the enterprises that may use the channel in that year, with the liaison
-- and the chief service officer named for each.
CREATE TABLE ed_designation (
  batch_year      INT         NOT NULL,
  enterprise_code VARCHAR(16) NOT NULL,
  liaison_id      VARCHAR(64) NOT NULL,
  officer_code    VARCHAR(16) NOT NULL,
  park_recommended  BOOLEAN   NOT NULL,
  chain_recommended BOOLEAN   NOT NULL,
  designated_by   VARCHAR(64),
  designated_at   DATETIME    NOT NULL,
  PRIMARY KEY (batch_year, enterprise_code)
);
CREATE INDEX ix_ed_designation_enterprise ON ed_designation (enterprise_code, batch_year);
