-- The open statutory step of a member-development case (DOMAIN §1.7, §6): the talk (one month) or
-- an approval (three months). step_due_at: its due date, step_red_at: the instant its light turns
-- red (one more period after the due date); both NULL when no such step is open. Written by
-- memberdevelopment.StepDueListener, counted by the 红黄灯督办 supervision (one GROUP BY, this index).
ALTER TABLE md_applicant ADD COLUMN step_due_at DATETIME NULL;
ALTER TABLE md_applicant ADD COLUMN step_red_at DATETIME NULL;
CREATE INDEX ix_md_applicant_step_due ON md_applicant (step_due_at, park_code, enterprise_code);
