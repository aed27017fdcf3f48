-- Issue 10: what the information database (信息库), the full-process record (全程纪实), the
-- statistics and the traffic-light supervision read, stored at write time (DOMAIN §8), and an
-- index for every filter. One ALTER per column (H2 and MySQL/MariaDB); the time columns become
-- DATETIME on MySQL in db/vendor/mysql/V10_1_1.

-- ---- dr_candidate -------------------------------------------------------------------------------
-- industry: the enterprise's industry, copied at nomination (a later register change does not
-- rewrite history); stage: CandidateStage (only moves forward); the dates each stage was reached;
-- review_due_at: due date of the case's open review task (NULL when none), read by supervision.
ALTER TABLE dr_candidate ADD COLUMN industry VARCHAR(30);
ALTER TABLE dr_candidate ADD COLUMN stage VARCHAR(20) DEFAULT 'NOMINATED' NOT NULL;
ALTER TABLE dr_candidate ADD COLUMN matured_at TIMESTAMP NULL;
ALTER TABLE dr_candidate ADD COLUMN activist_at TIMESTAMP NULL;
ALTER TABLE dr_candidate ADD COLUMN development_target_at TIMESTAMP NULL;
ALTER TABLE dr_candidate ADD COLUMN probationary_at TIMESTAMP NULL;
ALTER TABLE dr_candidate ADD COLUMN full_member_at TIMESTAMP NULL;
ALTER TABLE dr_candidate ADD COLUMN review_due_at TIMESTAMP NULL;

UPDATE dr_candidate SET industry =
  (SELECT e.industry FROM dr_enterprise e WHERE e.code = dr_candidate.enterprise_code);

UPDATE dr_candidate SET matured_at =
  (SELECT MIN(r.decided_at) FROM dr_review_record r
   WHERE r.record_no = dr_candidate.record_no AND r.step = 'MATURITY_DECISION' AND r.decision = 'MATURE');
UPDATE dr_candidate SET activist_at =
  (SELECT MIN(r.decided_at) FROM dr_review_record r
   WHERE r.record_no = dr_candidate.record_no AND r.step = 'DEVELOPMENT_STAGE' AND r.decision = 'ACTIVIST');
UPDATE dr_candidate SET development_target_at =
  (SELECT MIN(r.decided_at) FROM dr_review_record r
   WHERE r.record_no = dr_candidate.record_no AND r.step = 'DEVELOPMENT_STAGE' AND r.decision = 'DEVELOPMENT_TARGET');
UPDATE dr_candidate SET probationary_at =
  (SELECT MIN(r.decided_at) FROM dr_review_record r
   WHERE r.record_no = dr_candidate.record_no AND r.step = 'DEVELOPMENT_STAGE' AND r.decision = 'PROBATIONARY_MEMBER');
UPDATE dr_candidate SET full_member_at =
  (SELECT MIN(r.decided_at) FROM dr_review_record r
   WHERE r.record_no = dr_candidate.record_no AND r.step = 'DEVELOPMENT_STAGE' AND r.decision = 'FULL_MEMBER');

UPDATE dr_candidate SET stage = CASE
    WHEN development_stage = 'FULL_MEMBER' THEN 'FULL_MEMBER'
    WHEN development_stage = 'PROBATIONARY_MEMBER' THEN 'PROBATIONARY'
    WHEN development_stage = 'DEVELOPMENT_TARGET' THEN 'DEVELOPMENT_TARGET'
    WHEN development_stage = 'ACTIVIST' THEN 'ACTIVIST'
    WHEN status = 'MATURE' OR matured_at IS NOT NULL THEN 'MATURE'
    WHEN approved_at IS NOT NULL THEN 'IN_DATABASE'
    ELSE 'NOMINATED' END;
-- review_due_at of cases open before this version: set from the engine's open tasks at start-up
-- (ReviewDueBackfill: the engine's tables may not exist yet here, and its time columns are not in
-- the application's zone on every server).

-- 信息库 filters and sort keys (DOMAIN §8). Existing: (enterprise_code, status, nominated_at),
-- (park_code, status, nominated_at), (status, nominated_at), (process_instance_id), record_no.
CREATE INDEX ix_dr_candidate_nominated ON dr_candidate (nominated_at);
CREATE INDEX ix_dr_candidate_approved ON dr_candidate (approved_at);
CREATE INDEX ix_dr_candidate_enterprise_nominated ON dr_candidate (enterprise_code, nominated_at);
CREATE INDEX ix_dr_candidate_park_nominated ON dr_candidate (park_code, nominated_at);
CREATE INDEX ix_dr_candidate_name ON dr_candidate (candidate_name);
-- one index per chart dimension, led by the dimension (GROUP BY in index order, also for the
-- 信息库 filter), with park_code after it for a park's own statistics
CREATE INDEX ix_dr_candidate_stage ON dr_candidate (stage, park_code);
CREATE INDEX ix_dr_candidate_talent ON dr_candidate (talent_category, park_code);
CREATE INDEX ix_dr_candidate_education ON dr_candidate (education, park_code);
CREATE INDEX ix_dr_candidate_gender ON dr_candidate (gender, park_code);
CREATE INDEX ix_dr_candidate_industry ON dr_candidate (industry, park_code);
CREATE INDEX ix_dr_candidate_channel ON dr_candidate (discovery_channel, park_code);
CREATE INDEX ix_dr_candidate_birth ON dr_candidate (park_code, birth_date);
-- a park's own charts: one range of its rows, covering every dimension
CREATE INDEX ix_dr_candidate_park_dimensions ON dr_candidate (park_code, stage, education, gender,
  talent_category, discovery_channel, industry);
CREATE INDEX ix_dr_candidate_review_due ON dr_candidate (review_due_at, park_code, enterprise_code);

-- ---- dr_review_record ---------------------------------------------------------------------------
-- actor_name: the actor's real name at the time (last + first name); started_at / due_at: of the
-- user task the step completes (NULL for the nomination); duration_minutes: started_at → decided_at.
ALTER TABLE dr_review_record ADD COLUMN actor_name VARCHAR(100);
ALTER TABLE dr_review_record ADD COLUMN started_at TIMESTAMP NULL;
ALTER TABLE dr_review_record ADD COLUMN due_at TIMESTAMP NULL;
ALTER TABLE dr_review_record ADD COLUMN duration_minutes BIGINT;

-- actor_name of steps stored before: the engine's identity tables may not exist yet when Flyway
-- runs (a fresh database), so the timeline reads those names at query time (CandidateQueryService).

-- average days per review step (statistics): the sums kept at write time per park and step
-- (CaseSteps), so that the chart reads a few rows instead of every review record
CREATE TABLE dr_review_duration (
  park_code     VARCHAR(16) NOT NULL,
  step          VARCHAR(30) NOT NULL,
  steps         BIGINT      NOT NULL,
  total_minutes BIGINT      NOT NULL,
  CONSTRAINT pk_dr_review_duration PRIMARY KEY (park_code, step)
);
