-- Demo data (profile demo only, loaded by DemoData after every Flyway migration; never a
-- Flyway version): 5 development parks and the first batch of 43 direct-report enterprises
-- across the 6 strategic emerging industries (seed 004). Names are invented. Insert-if-absent:
-- rows already present (a restart on a persistent database) are left as they are.

INSERT INTO dr_park (code, name)
SELECT d.code, d.name FROM (
  SELECT 'park01' AS code, '崇川经济开发区' AS name
  UNION ALL SELECT 'park02', '港闸经济开发区'
  UNION ALL SELECT 'park03', '南通市北高新技术产业开发区'
  UNION ALL SELECT 'park04', '南通创新区'
  UNION ALL SELECT 'park05', '紫琅科技城'
) d WHERE NOT EXISTS (SELECT 1 FROM dr_park t WHERE t.code = d.code);

INSERT INTO dr_enterprise (code, name, industry, park_code, liaison_id)
SELECT d.code, d.name, d.industry, d.park_code, d.liaison_id FROM (
  SELECT 'ent01' AS code, '南通华芯微电子有限公司' AS name, '新一代信息技术' AS industry, 'park01' AS park_code, 'liaison01' AS liaison_id
  UNION ALL SELECT 'ent02', '南通恒通智能装备有限公司', '高端装备制造', 'park02', 'liaison02'
  UNION ALL SELECT 'ent03', '南通海晟新材料科技有限公司', '新材料', 'park03', 'liaison03'
  UNION ALL SELECT 'ent04', '南通中天生物医药有限公司', '生物医药', 'park04', 'liaison04'
  UNION ALL SELECT 'ent05', '南通通光新能源科技有限公司', '新能源', 'park05', 'liaison05'
  UNION ALL SELECT 'ent06', '南通瑞泰环保科技有限公司', '节能环保', 'park01', 'liaison06'
  UNION ALL SELECT 'ent07', '南通东方信息科技有限公司', '新一代信息技术', 'park02', 'liaison07'
  UNION ALL SELECT 'ent08', '南通江海精密机械有限公司', '高端装备制造', 'park03', 'liaison08'
  UNION ALL SELECT 'ent09', '南通星辰复合材料有限公司', '新材料', 'park04', 'liaison09'
  UNION ALL SELECT 'ent10', '南通博远制药股份有限公司', '生物医药', 'park05', 'liaison10'
  UNION ALL SELECT 'ent11', '南通鑫源光伏科技有限公司', '新能源', 'park01', 'liaison01'
  UNION ALL SELECT 'ent12', '南通联创节能技术有限公司', '节能环保', 'park02', 'liaison02'
  UNION ALL SELECT 'ent13', '南通凯盛软件股份有限公司', '新一代信息技术', 'park03', 'liaison03'
  UNION ALL SELECT 'ent14', '南通天宇重工股份有限公司', '高端装备制造', 'park04', 'liaison04'
  UNION ALL SELECT 'ent15', '南通启明高分子材料有限公司', '新材料', 'park05', 'liaison05'
  UNION ALL SELECT 'ent16', '南通宏图医疗器械有限公司', '生物医药', 'park01', 'liaison06'
  UNION ALL SELECT 'ent17', '南通金桥储能技术有限公司', '新能源', 'park02', 'liaison07'
  UNION ALL SELECT 'ent18', '南通绿源水处理有限公司', '节能环保', 'park03', 'liaison08'
  UNION ALL SELECT 'ent19', '南通远航微电子有限公司', '新一代信息技术', 'park04', 'liaison09'
  UNION ALL SELECT 'ent20', '南通智造智能装备有限公司', '高端装备制造', 'park05', 'liaison10'
  UNION ALL SELECT 'ent21', '南通盛达新材料科技有限公司', '新材料', 'park01', 'liaison01'
  UNION ALL SELECT 'ent22', '南通新锐生物医药有限公司', '生物医药', 'park02', 'liaison02'
  UNION ALL SELECT 'ent23', '南通华芯新能源科技有限公司', '新能源', 'park03', 'liaison03'
  UNION ALL SELECT 'ent24', '南通恒通环保科技有限公司', '节能环保', 'park04', 'liaison04'
  UNION ALL SELECT 'ent25', '南通海晟信息科技有限公司', '新一代信息技术', 'park05', 'liaison05'
  UNION ALL SELECT 'ent26', '南通中天精密机械有限公司', '高端装备制造', 'park01', 'liaison06'
  UNION ALL SELECT 'ent27', '南通通光复合材料有限公司', '新材料', 'park02', 'liaison07'
  UNION ALL SELECT 'ent28', '南通瑞泰制药股份有限公司', '生物医药', 'park03', 'liaison08'
  UNION ALL SELECT 'ent29', '南通东方光伏科技有限公司', '新能源', 'park04', 'liaison09'
  UNION ALL SELECT 'ent30', '南通江海节能技术有限公司', '节能环保', 'park05', 'liaison10'
  UNION ALL SELECT 'ent31', '南通星辰软件股份有限公司', '新一代信息技术', 'park01', 'liaison01'
  UNION ALL SELECT 'ent32', '南通博远重工股份有限公司', '高端装备制造', 'park02', 'liaison02'
  UNION ALL SELECT 'ent33', '南通鑫源高分子材料有限公司', '新材料', 'park03', 'liaison03'
  UNION ALL SELECT 'ent34', '南通联创医疗器械有限公司', '生物医药', 'park04', 'liaison04'
  UNION ALL SELECT 'ent35', '南通凯盛储能技术有限公司', '新能源', 'park05', 'liaison05'
  UNION ALL SELECT 'ent36', '南通天宇水处理有限公司', '节能环保', 'park01', 'liaison06'
  UNION ALL SELECT 'ent37', '南通启明微电子有限公司', '新一代信息技术', 'park02', 'liaison07'
  UNION ALL SELECT 'ent38', '南通宏图智能装备有限公司', '高端装备制造', 'park03', 'liaison08'
  UNION ALL SELECT 'ent39', '南通金桥新材料科技有限公司', '新材料', 'park04', 'liaison09'
  UNION ALL SELECT 'ent40', '南通绿源生物医药有限公司', '生物医药', 'park05', 'liaison10'
  UNION ALL SELECT 'ent41', '南通远航新能源科技有限公司', '新能源', 'park01', 'liaison01'
  UNION ALL SELECT 'ent42', '南通智造环保科技有限公司', '节能环保', 'park02', 'liaison02'
  UNION ALL SELECT 'ent43', '南通盛达信息科技有限公司', '新一代信息技术', 'park03', 'liaison03'
) d WHERE NOT EXISTS (SELECT 1 FROM dr_enterprise t WHERE t.code = d.code);
