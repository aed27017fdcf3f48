-- Issue 14 (DOMAIN §7): the registers of Honghe's reporting units and raters and of Jiangyin's
-- chairs, each with an import, an export and the logins they provision. Personal numbers are kept
-- only encrypted (shared/privacy: "v1:" SM4/GCM) with a keyed HMAC-SHA256 where they must be unique.
-- Time columns are DATETIME on every database.

-- A chair's resident ID number (optional, unique in the register) and mobile number.
ALTER TABLE cs_chair ADD COLUMN id_number_cipher VARCHAR(255);
ALTER TABLE cs_chair ADD COLUMN id_number_hash VARCHAR(64);
ALTER TABLE cs_chair ADD COLUMN phone_cipher VARCHAR(255);
CREATE UNIQUE INDEX uq_cs_chair_id_number_hash ON cs_chair (id_number_hash);

-- A reporting unit's contact (述职联络员): the login that works the unit's report tasks.
ALTER TABLE rm_unit ADD COLUMN contact_id VARCHAR(64);
ALTER TABLE rm_unit ADD COLUMN contact_name VARCHAR(30);
ALTER TABLE rm_unit ADD COLUMN contact_phone_cipher VARCHAR(255);
ALTER TABLE rm_unit ADD COLUMN updated_at DATETIME;

-- The raters (评议代表): worker and enterprise-manager representatives; rater_id is the login,
-- panel WORKER or MANAGER (its engine group hhraterworker / hhratermanager), county_code the
-- county/city unit (rm_unit, kind COUNTY) the representative comes from, if any.
CREATE TABLE rm_rater (
  rater_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  name         VARCHAR(30)  NOT NULL,
  panel        VARCHAR(16)  NOT NULL,
  workplace    VARCHAR(100) NOT NULL,
  county_code  VARCHAR(32),
  phone_cipher VARCHAR(255),
  updated_at   DATETIME     NOT NULL
);
CREATE INDEX ix_rm_rater_panel ON rm_rater (panel, rater_id);
