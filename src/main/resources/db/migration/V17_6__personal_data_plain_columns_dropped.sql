-- Issue 16, step 3 of 3 (V17_4): every number is in its cipher and hash columns (V17_5); the plain
-- columns go, and with open_id_number its unique constraint (now on open_id_number_hash).
ALTER TABLE dr_candidate DROP COLUMN open_id_number;
ALTER TABLE dr_candidate DROP COLUMN id_number;
ALTER TABLE dr_candidate DROP COLUMN phone;
ALTER TABLE dr_pairing DROP COLUMN phone;
ALTER TABLE dr_officer DROP COLUMN phone;
