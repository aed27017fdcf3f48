-- What the workbench's stipend pages read (issue 10, page 7): the chair's running instance on its
-- quarter line (the open task's Tasklist link) and an index for every filter of
-- GET /api/chair-stipend/quarters/{quarter} (town and status exist since V4_1: ix_cs_roster_quarter_town,
-- ix_cs_roster_quarter_status; the chair-id prefix uses uq_cs_roster_quarter_chair).
ALTER TABLE cs_roster ADD COLUMN process_instance_id VARCHAR(64);
CREATE INDEX ix_cs_roster_quarter_eligible ON cs_roster (quarter, eligible);
CREATE INDEX ix_cs_roster_quarter_name ON cs_roster (quarter, chair_name);
CREATE INDEX ix_cs_roster_quarter_enterprise ON cs_roster (quarter, enterprise_name);
-- one chair's history of quarters; one town's chairs over every quarter (GET /api/chair-stipend/quarters)
CREATE INDEX ix_cs_roster_chair ON cs_roster (chair_id, quarter);
CREATE INDEX ix_cs_roster_town_quarter ON cs_roster (town_unit_code, quarter);
