-- MySQL/MariaDB only: the time columns of V10_1 as DATETIME, like V4_2 (no 2038 limit, no
-- conversion through the server's time zone).
ALTER TABLE dr_candidate MODIFY matured_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY activist_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY development_target_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY probationary_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY full_member_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY review_due_at DATETIME NULL;
ALTER TABLE dr_review_record MODIFY started_at DATETIME NULL;
ALTER TABLE dr_review_record MODIFY due_at DATETIME NULL;
