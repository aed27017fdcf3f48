-- Demo data (profile demo only, loaded by DemoData after every Flyway migration; never a
-- Flyway version): Honghe's 11 prefecture member units (DOMAIN §2/§4), units hhunit14…24 after
-- the 13 real counties/cities of db/migration V9_2. The article does not name them: these are
-- typical ones. Insert-if-absent: rows already present are left as they are.

INSERT INTO rm_unit (unit_code, unit_name, unit_kind, sort_order)
SELECT d.unit_code, d.unit_name, d.unit_kind, d.sort_order FROM (
  SELECT 'hhunit14' AS unit_code, '州委组织部' AS unit_name, 'MEMBER' AS unit_kind, 14 AS sort_order
  UNION ALL SELECT 'hhunit15', '州委宣传部', 'MEMBER', 15
  UNION ALL SELECT 'hhunit16', '州发展改革委', 'MEMBER', 16
  UNION ALL SELECT 'hhunit17', '州教育体育局', 'MEMBER', 17
  UNION ALL SELECT 'hhunit18', '州工业和信息化局', 'MEMBER', 18
  UNION ALL SELECT 'hhunit19', '州财政局', 'MEMBER', 19
  UNION ALL SELECT 'hhunit20', '州人力资源社会保障局', 'MEMBER', 20
  UNION ALL SELECT 'hhunit21', '州国资委', 'MEMBER', 21
  UNION ALL SELECT 'hhunit22', '州科技局', 'MEMBER', 22
  UNION ALL SELECT 'hhunit23', '州住房城乡建设局', 'MEMBER', 23
  UNION ALL SELECT 'hhunit24', '州总工会', 'MEMBER', 24
) d WHERE NOT EXISTS (SELECT 1 FROM rm_unit t WHERE t.unit_code = d.unit_code);
