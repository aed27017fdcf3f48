-- MySQL/MariaDB only: the audit trail is append-only in the database too (issue 16). No row can
-- be changed; a row can be deleted only when it is older than 180 days, the shortest retention
-- the application accepts (partyunion.audit.retention; AuditRetention deletes older rows only).
-- H2, the demo and test database, has no trigger (an H2 trigger is a Java class).
DELIMITER $$
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
END$$
CREATE TRIGGER audit_event_no_early_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
  IF OLD.occurred_at > NOW() - INTERVAL 180 DAY THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event rows are kept for 180 days';
  END IF;
END$$
DELIMITER ;
