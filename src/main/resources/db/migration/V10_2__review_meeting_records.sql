-- What the workbench's review-meeting page reads (issue 10, page 6): the panel weights the tally
-- used, kept with the meeting (the configured weights may change after a meeting was tallied;
-- NULL for meetings tallied before this migration: the API then shows the configured weights).
ALTER TABLE rm_meeting ADD COLUMN worker_weight DECIMAL(5,4);
ALTER TABLE rm_meeting ADD COLUMN manager_weight DECIMAL(5,4);
