-- MySQL/MariaDB only (location db/vendor/{vendor}): the application's time columns become DATETIME.
-- TIMESTAMP ends in January 2038 (a review meeting planned for 2038 could not be stored) and
-- converts through the server's time zone, while Camunda's own columns are DATETIME: the
-- application writes local Asia/Shanghai times (EngineClock) and reads them back unchanged.
-- H2's TIMESTAMP has neither limit, so H2 needs no such step (db/vendor/h2 holds none).
ALTER TABLE dr_candidate MODIFY nominated_at DATETIME NOT NULL;
ALTER TABLE dr_candidate MODIFY approved_at DATETIME NULL;
ALTER TABLE dr_candidate MODIFY closed_at DATETIME NULL;
ALTER TABLE dr_review_record MODIFY decided_at DATETIME NOT NULL;
ALTER TABLE dr_pairing MODIFY named_at DATETIME NOT NULL;
ALTER TABLE dr_inspection MODIFY recorded_at DATETIME NOT NULL;
ALTER TABLE rm_meeting MODIFY report_due_at DATETIME NOT NULL;
ALTER TABLE rm_meeting MODIFY created_at DATETIME NOT NULL;
ALTER TABLE rm_meeting MODIFY fed_back_at DATETIME NULL;
ALTER TABLE rm_report MODIFY submitted_at DATETIME NULL;
ALTER TABLE rm_report MODIFY reminded_at DATETIME NULL;
ALTER TABLE rm_comment MODIFY commented_at DATETIME NOT NULL;
ALTER TABLE rm_rating MODIFY rated_at DATETIME NOT NULL;
ALTER TABLE rm_result MODIFY tallied_at DATETIME NOT NULL;
ALTER TABLE rm_feedback MODIFY fed_back_at DATETIME NOT NULL;
ALTER TABLE cs_chair MODIFY updated_at DATETIME NOT NULL;
ALTER TABLE cs_quarter MODIFY opened_at DATETIME NOT NULL;
ALTER TABLE cs_quarter MODIFY approved_at DATETIME NULL;
ALTER TABLE cs_roster MODIFY updated_at DATETIME NOT NULL;
ALTER TABLE cs_payment MODIFY approved_at DATETIME NOT NULL;
