-- Issue 16, personal data at rest (GB/T 22239-2019 8.1.4.8, PIPL Art. 28/51): resident ID numbers
-- and phone numbers are stored SM4/GCM-encrypted (shared/privacy/PersonalDataCipher: "v1:" and the
-- Base64 of IV, cipher text and tag, 67 characters for an ID number) with a keyed HMAC-SHA256
-- (64 hex characters) where a number is searched or must be unique. Step 1 of 3: the new columns;
-- V17_5 (EncryptPersonalDataMigration, Java) encrypts the rows stored in plain text before and
-- masks the phone numbers in timeline comments and engine variables; V17_6 drops the plain columns.

ALTER TABLE dr_candidate ADD COLUMN id_number_cipher VARCHAR(255);
ALTER TABLE dr_candidate ADD COLUMN id_number_hash VARCHAR(64);
-- the hash of an ID number open in a case (NULL once the case is closed): unique, as open_id_number was
ALTER TABLE dr_candidate ADD COLUMN open_id_number_hash VARCHAR(64);
ALTER TABLE dr_candidate ADD COLUMN phone_cipher VARCHAR(255);
CREATE INDEX ix_dr_candidate_id_number_hash ON dr_candidate (id_number_hash);
CREATE UNIQUE INDEX uq_dr_candidate_open_id_number_hash ON dr_candidate (open_id_number_hash);

ALTER TABLE dr_pairing ADD COLUMN phone_cipher VARCHAR(255);
ALTER TABLE dr_officer ADD COLUMN phone_cipher VARCHAR(255);
