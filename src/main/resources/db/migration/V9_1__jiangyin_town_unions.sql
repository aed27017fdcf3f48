-- Jiangyin's 19 town, street and park unions (镇（街道）、园区工会), real names and the article's
-- order (seed 001, DOMAIN §3). unit_code is also the id of the union's engine group and the
-- town_unit_code of its chairs (cs_chair, cs_roster, cs_payment).
CREATE TABLE cs_town_union (
  unit_code  VARCHAR(16)  NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  sort_order INT          NOT NULL
);

INSERT INTO cs_town_union (unit_code, name, sort_order) VALUES
  ('jytown01', '澄江街道工会', 1),
  ('jytown02', '南闸街道工会', 2),
  ('jytown03', '云亭街道工会', 3),
  ('jytown04', '申港街道工会', 4),
  ('jytown05', '夏港街道工会', 5),
  ('jytown06', '利港街道工会', 6),
  ('jytown07', '月城镇工会', 7),
  ('jytown08', '青阳镇工会', 8),
  ('jytown09', '徐霞客镇工会', 9),
  ('jytown10', '华士镇工会', 10),
  ('jytown11', '周庄镇工会', 11),
  ('jytown12', '新桥镇工会', 12),
  ('jytown13', '长泾镇工会', 13),
  ('jytown14', '顾山镇工会', 14),
  ('jytown15', '祝塘镇工会', 15),
  ('jytown16', '璜土镇工会', 16),
  ('jytown17', '江阴高新区工会', 17),
  ('jytown18', '临港经济开发区工会', 18),
  ('jytown19', '靖江园区工会', 19);
