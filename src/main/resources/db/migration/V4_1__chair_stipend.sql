-- Jiangyin union-chair stipend (DOMAIN §3, seed 001).

-- Chair register: one row per non-public enterprise union chair, with the facts eligibility needs.
CREATE TABLE cs_chair (
  chair_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  name                VARCHAR(64)  NOT NULL,
  enterprise_name     VARCHAR(200) NOT NULL,
  town_unit_code      VARCHAR(16)  NOT NULL,
  union_members       INT          NOT NULL,
  standalone_union    BOOLEAN      NOT NULL,
  directly_under_town BOOLEAN      NOT NULL,
  on_public_payroll   BOOLEAN      NOT NULL,
  in_office           BOOLEAN      NOT NULL,
  office_start        DATE         NOT NULL,
  office_end          DATE,
  updated_at          TIMESTAMP    NOT NULL
);
CREATE INDEX ix_cs_chair_town ON cs_chair (town_unit_code);

-- One row per assessed quarter: the unique quarter refuses a second opening.
CREATE TABLE cs_quarter (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  quarter             VARCHAR(6)   NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  process_instance_id VARCHAR(64),
  opened_at           TIMESTAMP    NOT NULL,
  approved_at         TIMESTAMP,
  approved_by         VARCHAR(64),
  CONSTRAINT uq_cs_quarter_quarter UNIQUE (quarter)
);

-- The quarter's roster: every registered chair once per quarter, eligible or not (with reason).
CREATE TABLE cs_roster (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  quarter             VARCHAR(6)   NOT NULL,
  chair_id            VARCHAR(64)  NOT NULL,
  chair_name          VARCHAR(64)  NOT NULL,
  enterprise_name     VARCHAR(200) NOT NULL,
  town_unit_code      VARCHAR(16)  NOT NULL,
  union_members       INT          NOT NULL,
  eligible            BOOLEAN      NOT NULL,
  reason              VARCHAR(200),
  months              INT          NOT NULL,
  duties_summary      VARCHAR(4000),
  score               INT,
  assessment_comment  VARCHAR(1000),
  grade               VARCHAR(16),
  monthly_amount      DECIMAL(10,2),
  quarter_amount      DECIMAL(10,2),
  status              VARCHAR(24)  NOT NULL,
  updated_at          TIMESTAMP    NOT NULL,
  CONSTRAINT uq_cs_roster_quarter_chair UNIQUE (quarter, chair_id)
);
CREATE INDEX ix_cs_roster_quarter_town ON cs_roster (quarter, town_unit_code);
CREATE INDEX ix_cs_roster_quarter_status ON cs_roster (quarter, status);

-- The approved payment list: one payment per chair and quarter, never two.
CREATE TABLE cs_payment (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  quarter             VARCHAR(6)   NOT NULL,
  chair_id            VARCHAR(64)  NOT NULL,
  chair_name          VARCHAR(64)  NOT NULL,
  enterprise_name     VARCHAR(200) NOT NULL,
  town_unit_code      VARCHAR(16)  NOT NULL,
  union_members       INT          NOT NULL,
  grade               VARCHAR(16)  NOT NULL,
  monthly_amount      DECIMAL(10,2) NOT NULL,
  months              INT          NOT NULL,
  quarter_amount      DECIMAL(10,2) NOT NULL,
  approved_at         TIMESTAMP    NOT NULL,
  CONSTRAINT uq_cs_payment_quarter_chair UNIQUE (quarter, chair_id)
);
CREATE INDEX ix_cs_payment_quarter_town ON cs_payment (quarter, town_unit_code);
