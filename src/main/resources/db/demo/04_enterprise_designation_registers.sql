-- Demo data (profile demo only, loaded by DemoData; never a Flyway version): the 6 industry-chain
-- committees of the 6 strategic emerging industries (seed 004), 10 chief service officers, and the
-- register columns of the 43 demo enterprises (chain committee by industry, category flags, a
-- unified social credit code with a valid GB 32100 check character, contact = the enterprise's
-- demo user, chief service officer). Names are invented. Insert-if-absent / update-if-empty.

INSERT INTO dr_chain (code, name)
SELECT d.code, d.name FROM (
  SELECT 'chain01' AS code, '新一代信息技术产业链党委' AS name
  UNION ALL SELECT 'chain02', '高端装备制造产业链党委'
  UNION ALL SELECT 'chain03', '新材料产业链党委'
  UNION ALL SELECT 'chain04', '生物医药产业链党委'
  UNION ALL SELECT 'chain05', '新能源产业链党委'
  UNION ALL SELECT 'chain06', '节能环保产业链党委'
) d WHERE NOT EXISTS (SELECT 1 FROM dr_chain t WHERE t.code = d.code);

INSERT INTO dr_officer (code, name, unit)
SELECT d.code, d.name, d.unit FROM (
  SELECT 'officer01' AS code, '周志明' AS name, '区发展和改革委员会' AS unit
  UNION ALL SELECT 'officer02', '钱立新', '区工业和信息化局'
  UNION ALL SELECT 'officer03', '孙海燕', '区科学技术局'
  UNION ALL SELECT 'officer04', '李卫东', '区商务局'
  UNION ALL SELECT 'officer05', '吴建华', '区人力资源和社会保障局'
  UNION ALL SELECT 'officer06', '郑晓峰', '区市场监督管理局'
  UNION ALL SELECT 'officer07', '冯国强', '区财政局'
  UNION ALL SELECT 'officer08', '陈玉兰', '区委组织部'
  UNION ALL SELECT 'officer09', '褚宏伟', '区总工会'
  UNION ALL SELECT 'officer10', '卫明亮', '区行政审批局'
) d WHERE NOT EXISTS (SELECT 1 FROM dr_officer t WHERE t.code = d.code);

UPDATE dr_enterprise SET chain_code = 'chain01' WHERE chain_code IS NULL AND industry = '新一代信息技术' AND code LIKE 'ent__';
UPDATE dr_enterprise SET chain_code = 'chain02' WHERE chain_code IS NULL AND industry = '高端装备制造' AND code LIKE 'ent__';
UPDATE dr_enterprise SET chain_code = 'chain03' WHERE chain_code IS NULL AND industry = '新材料' AND code LIKE 'ent__';
UPDATE dr_enterprise SET chain_code = 'chain04' WHERE chain_code IS NULL AND industry = '生物医药' AND code LIKE 'ent__';
UPDATE dr_enterprise SET chain_code = 'chain05' WHERE chain_code IS NULL AND industry = '新能源' AND code LIKE 'ent__';
UPDATE dr_enterprise SET chain_code = 'chain06' WHERE chain_code IS NULL AND industry = '节能环保' AND code LIKE 'ent__';
UPDATE dr_enterprise SET contact_id = code WHERE contact_id IS NULL AND code LIKE 'ent__';
UPDATE dr_enterprise SET credit_code = '913206020001047291', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer01' WHERE code = 'ent01' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602000209458N', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer02' WHERE code = 'ent02' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602000314187U', above_scale = FALSE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer03' WHERE code = 'ent03' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602000418916E', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer04' WHERE code = 'ent04' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602000523645K', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer05' WHERE code = 'ent05' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020006283749', above_scale = FALSE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer06' WHERE code = 'ent06' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602000733103R', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer07' WHERE code = 'ent07' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020008378321', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer08' WHERE code = 'ent08' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020009425616', above_scale = FALSE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer09' WHERE code = 'ent09' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020010472908', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer10' WHERE code = 'ent10' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001152019N', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer01' WHERE code = 'ent11' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001256748X', above_scale = FALSE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer02' WHERE code = 'ent12' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020013614773', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer03' WHERE code = 'ent13' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020014662064', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer04' WHERE code = 'ent14' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001570935T', above_scale = FALSE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer05' WHERE code = 'ent15' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001675664G', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer06' WHERE code = 'ent16' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001780393M', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer07' WHERE code = 'ent17' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001885122N', above_scale = FALSE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer08' WHERE code = 'ent18' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602001989851X', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer09' WHERE code = 'ent19' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602002094580F', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer10' WHERE code = 'ent20' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602002199309E', above_scale = FALSE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer01' WHERE code = 'ent21' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602002304038Q', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer02' WHERE code = 'ent22' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020024087670', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer03' WHERE code = 'ent23' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020025134965', above_scale = FALSE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer04' WHERE code = 'ent24' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020026182256', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer05' WHERE code = 'ent25' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602002722954W', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer06' WHERE code = 'ent26' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602002827683J', above_scale = FALSE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer07' WHERE code = 'ent27' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020029324123', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer08' WHERE code = 'ent28' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020030371415', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer09' WHERE code = 'ent29' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003141870U', above_scale = FALSE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer10' WHERE code = 'ent30' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003246599F', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer01' WHERE code = 'ent31' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020033513280', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer02' WHERE code = 'ent32' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003456057M', above_scale = FALSE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer03' WHERE code = 'ent33' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003560786C', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer04' WHERE code = 'ent34' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003665515D', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer05' WHERE code = 'ent35' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003770244J', above_scale = FALSE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer06' WHERE code = 'ent36' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003874973R', above_scale = TRUE, high_tech = TRUE, specialized_new = TRUE, officer_code = 'officer07' WHERE code = 'ent37' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602003979702T', above_scale = TRUE, high_tech = FALSE, specialized_new = FALSE, officer_code = 'officer08' WHERE code = 'ent38' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602004084431C', above_scale = FALSE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer09' WHERE code = 'ent39' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020041891602', above_scale = TRUE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer10' WHERE code = 'ent40' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602004293889N', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer01' WHERE code = 'ent41' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '91320602004398618P', above_scale = FALSE, high_tech = FALSE, specialized_new = TRUE, officer_code = 'officer02' WHERE code = 'ent42' AND officer_code IS NULL;
UPDATE dr_enterprise SET credit_code = '913206020045033472', above_scale = TRUE, high_tech = TRUE, specialized_new = FALSE, officer_code = 'officer03' WHERE code = 'ent43' AND officer_code IS NULL;
