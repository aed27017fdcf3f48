-- The audit trail (安全审计, GB/T 22239-2019 8.1.4.3; issue 16): one row per audited action —
-- who, when (application zone, EngineClock), from which address, what, outcome. Append-only: the
-- application has no statement that updates a row and deletes only rows older than the
-- retention (partyunion.audit.retention, at least 180 days); on MySQL/MariaDB triggers refuse
-- every UPDATE and every DELETE of a younger row (db/vendor/mysql/V16_1_1).
CREATE TABLE audit_event (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at    DATETIME     NOT NULL,
  user_id        VARCHAR(64),
  client_address VARCHAR(64),
  kind           VARCHAR(32)  NOT NULL,
  action         VARCHAR(200) NOT NULL,
  target         VARCHAR(500),
  outcome        VARCHAR(16)  NOT NULL
);
-- the audit page's filters: by date, by user and date, by kind and date
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (user_id, occurred_at);
CREATE INDEX ix_audit_event_kind ON audit_event (kind, occurred_at);
