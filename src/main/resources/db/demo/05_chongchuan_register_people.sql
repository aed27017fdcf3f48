-- Demo data (profile demo only, loaded by DemoData; never a Flyway version): the register rows
-- of issue 14 for the demo's people — the 10 liaisons (liaison01…liaison10, 特约联系人01…) and the
-- contact names of the 43 demo enterprises (张联络员 …). Their logins, groups and tenants are
-- provisioned by the register service (EnterpriseDesignationDemoData), as for any register row.
-- Insert-if-absent / update-if-empty.

INSERT INTO dr_liaison (user_id, name, unit)
SELECT d.user_id, d.name, d.unit FROM (
  SELECT 'liaison01' AS user_id, '特约联系人01' AS name, '和平桥街道党工委' AS unit
  UNION ALL SELECT 'liaison02', '特约联系人02', '任港街道党工委'
  UNION ALL SELECT 'liaison03', '特约联系人03', '新城桥街道党工委'
  UNION ALL SELECT 'liaison04', '特约联系人04', '虹桥街道党工委'
  UNION ALL SELECT 'liaison05', '特约联系人05', '学田街道党工委'
  UNION ALL SELECT 'liaison06', '特约联系人06', '钟秀街道党工委'
  UNION ALL SELECT 'liaison07', '特约联系人07', '文峰街道党工委'
  UNION ALL SELECT 'liaison08', '特约联系人08', '观音山街道党工委'
  UNION ALL SELECT 'liaison09', '特约联系人09', '狼山镇街道党工委'
  UNION ALL SELECT 'liaison10', '特约联系人10', '幸福街道党工委'
) d WHERE NOT EXISTS (SELECT 1 FROM dr_liaison t WHERE t.user_id = d.user_id);

UPDATE dr_liaison SET name = '特约联系人01', unit = '和平桥街道党工委' WHERE user_id = 'liaison01' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人02', unit = '任港街道党工委' WHERE user_id = 'liaison02' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人03', unit = '新城桥街道党工委' WHERE user_id = 'liaison03' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人04', unit = '虹桥街道党工委' WHERE user_id = 'liaison04' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人05', unit = '学田街道党工委' WHERE user_id = 'liaison05' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人06', unit = '钟秀街道党工委' WHERE user_id = 'liaison06' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人07', unit = '文峰街道党工委' WHERE user_id = 'liaison07' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人08', unit = '观音山街道党工委' WHERE user_id = 'liaison08' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人09', unit = '狼山镇街道党工委' WHERE user_id = 'liaison09' AND name = user_id;
UPDATE dr_liaison SET name = '特约联系人10', unit = '幸福街道党工委' WHERE user_id = 'liaison10' AND name = user_id;

UPDATE dr_enterprise SET contact_name = '张联络员' WHERE code = 'ent01' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '王联络员' WHERE code = 'ent02' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '李联络员' WHERE code = 'ent03' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '赵联络员' WHERE code = 'ent04' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '陈联络员' WHERE code = 'ent05' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '刘联络员' WHERE code = 'ent06' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '杨联络员' WHERE code = 'ent07' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '黄联络员' WHERE code = 'ent08' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '周联络员' WHERE code = 'ent09' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '吴联络员' WHERE code = 'ent10' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '徐联络员' WHERE code = 'ent11' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '孙联络员' WHERE code = 'ent12' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '朱联络员' WHERE code = 'ent13' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '马联络员' WHERE code = 'ent14' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '张联络员' WHERE code = 'ent15' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '王联络员' WHERE code = 'ent16' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '李联络员' WHERE code = 'ent17' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '赵联络员' WHERE code = 'ent18' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '陈联络员' WHERE code = 'ent19' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '刘联络员' WHERE code = 'ent20' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '杨联络员' WHERE code = 'ent21' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '黄联络员' WHERE code = 'ent22' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '周联络员' WHERE code = 'ent23' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '吴联络员' WHERE code = 'ent24' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '徐联络员' WHERE code = 'ent25' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '孙联络员' WHERE code = 'ent26' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '朱联络员' WHERE code = 'ent27' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '马联络员' WHERE code = 'ent28' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '张联络员' WHERE code = 'ent29' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '王联络员' WHERE code = 'ent30' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '李联络员' WHERE code = 'ent31' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '赵联络员' WHERE code = 'ent32' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '陈联络员' WHERE code = 'ent33' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '刘联络员' WHERE code = 'ent34' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '杨联络员' WHERE code = 'ent35' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '黄联络员' WHERE code = 'ent36' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '周联络员' WHERE code = 'ent37' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '吴联络员' WHERE code = 'ent38' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '徐联络员' WHERE code = 'ent39' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '孙联络员' WHERE code = 'ent40' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '朱联络员' WHERE code = 'ent41' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '马联络员' WHERE code = 'ent42' AND contact_name IS NULL;
UPDATE dr_enterprise SET contact_name = '张联络员' WHERE code = 'ent43' AND contact_name IS NULL;
