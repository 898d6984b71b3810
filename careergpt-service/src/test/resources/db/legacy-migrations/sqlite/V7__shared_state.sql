-- SQLite flavour; postgresql/V7__shared_state.sql is the same schema on PostgreSQL, plus the shared rate-limit
-- buckets (on SQLite one instance owns the file, and its buckets stay in memory).

-- Store order of jobs: every instance's near-duplicate index catches up with the jobs others stored by it.
-- The one row is also the lock that makes store decisions of all instances one at a time.
CREATE TABLE store_sequences (
    name  VARCHAR(50) NOT NULL PRIMARY KEY,
    value BIGINT      NOT NULL
);
INSERT INTO store_sequences (name, value) VALUES ('jobs', 0);
ALTER TABLE jobs ADD COLUMN store_seq BIGINT;
CREATE INDEX ix_jobs_store_seq ON jobs (store_seq);
