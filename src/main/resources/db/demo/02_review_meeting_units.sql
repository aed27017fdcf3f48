-- Demo data (profile demo only, loaded by DemoData after every Flyway migration; never a
-- Flyway version): Honghe's 24 reporting units (DOMAIN §2/§4). The 13 counties/cities are real;
-- the article does not name the 11 prefecture member units, these are typical ones.
-- Insert-if-absent: rows already present are left as they are.

INSERT INTO rm_unit (unit_code, unit_name, unit_kind, sort_order)
SELECT d.unit_code, d.unit_name, d.unit_kind, d.sort_order FROM (
  SELECT 'hhunit01' AS unit_code, '个旧市' AS unit_name, 'COUNTY' AS unit_kind, 1 AS sort_order
  UNION ALL SELECT 'hhunit02', '开远市', 'COUNTY', 2
  UNION ALL SELECT 'hhunit03', '蒙自市', 'COUNTY', 3
  UNION ALL SELECT 'hhunit04', '弥勒市', 'COUNTY', 4
  UNION ALL SELECT 'hhunit05', '建水县', 'COUNTY', 5
  UNION ALL SELECT 'hhunit06', '石屏县', 'COUNTY', 6
  UNION ALL SELECT 'hhunit07', '泸西县', 'COUNTY', 7
  UNION ALL SELECT 'hhunit08', '元阳县', 'COUNTY', 8
  UNION ALL SELECT 'hhunit09', '红河县', 'COUNTY', 9
  UNION ALL SELECT 'hhunit10', '金平苗族瑶族傣族自治县', 'COUNTY', 10
  UNION ALL SELECT 'hhunit11', '绿春县', 'COUNTY', 11
  UNION ALL SELECT 'hhunit12', '河口瑶族自治县', 'COUNTY', 12
  UNION ALL SELECT 'hhunit13', '屏边苗族自治县', 'COUNTY', 13
  UNION ALL SELECT 'hhunit14', '州委组织部', 'MEMBER', 14
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
