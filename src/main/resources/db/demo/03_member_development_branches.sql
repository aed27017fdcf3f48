-- Demo data (profile demo only, see 01_…): one Party branch per demo enterprise, branch01 … branch43
-- (DOMAIN §6), its higher committee the enterprise's park. Insert-if-absent.

INSERT INTO md_branch (code, name, enterprise_code, enterprise_name, park_code)
SELECT CONCAT('branch', SUBSTRING(e.code, 4)), CONCAT(e.name, '党支部'), e.code, e.name, e.park_code
FROM dr_enterprise e
WHERE e.code LIKE 'ent__'
  AND NOT EXISTS (SELECT 1 FROM md_branch b WHERE b.enterprise_code = e.code);
