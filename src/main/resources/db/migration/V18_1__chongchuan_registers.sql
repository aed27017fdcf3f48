-- Issue 14 (DOMAIN §7): the registers of Chongchuan kept by the organization department through
-- /api/registers/… (no more master data by SQL). Liaisons (特约培养联系人) get a register of their
-- own: user_id = their login. The enterprise register keeps its contact's name for the login.

CREATE TABLE dr_liaison (
  user_id VARCHAR(64)  NOT NULL PRIMARY KEY,
  name    VARCHAR(30)  NOT NULL,
  unit    VARCHAR(100) NOT NULL
);

-- liaisons already named by enterprises (databases of before this version): registered under
-- their user id until the organization department gives them their names
INSERT INTO dr_liaison (user_id, name, unit)
SELECT DISTINCT e.liaison_id, e.liaison_id, '' FROM dr_enterprise e
WHERE NOT EXISTS (SELECT 1 FROM dr_liaison l WHERE l.user_id = e.liaison_id);

ALTER TABLE dr_enterprise ADD COLUMN contact_name VARCHAR(30);
CREATE INDEX ix_dr_enterprise_contact ON dr_enterprise (contact_id);
