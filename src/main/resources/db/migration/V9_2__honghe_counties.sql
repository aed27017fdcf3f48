-- Honghe's 13 counties and cities that report at the review meeting (seed 002, DOMAIN §2), real
-- names; the 11 prefecture member units are not named by the article and are demo data
-- (db/demo). Insert-if-absent: a database that ran the former demo migration holds them already.
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
) d WHERE NOT EXISTS (SELECT 1 FROM rm_unit t WHERE t.unit_code = d.unit_code);
